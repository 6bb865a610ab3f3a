import type { NamedPerson } from './chinesePeople'
import { FIRST_NAMES, HONORIFICS, isPinyinName, NOT_NAME_WORDS, PINYIN_SURNAMES } from './englishNames'
import { englishDepartmentOf, ENGLISH_DEPARTMENT_AFTER, ENGLISH_TITLE_AFTER, ENGLISH_TITLE_AT_END } from './englishTitles'

type Token = { text: string; start: number; end: number }

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?/g
const HONORIFIC = new Set<string>(HONORIFICS)
const isCapitalised = (w: string) => /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]/.test(w)
const bare = (w: string) => w.replace(/[.'’]+$|['’]s$/g, '')
const TITLE_WORD = new RegExp(`^(?:${[...'consultant advisor adviser buyer storekeeper foreman accountant agent engineer receptionist secretary supervisor planner clerk cfo ceo cto coo gm director manager'.split(' ')].join('|')})$`, 'i')
const CUE_AFTER = /^\s*(?:on|said|says|told|tells|asked|mentioned|confirmed|wants|wanted|will|would|is|was|thinks|thought|agreed|offered|promised|runs|handles|called|emailed|replied|explained|complained|insisted|prefers|has|had|and|from|in|at|of|who|,)\b/i
const CUE_BEFORE = /\b(?:met|meet|with|and|called|emailed|asked|told|ask|cc|to|by|saw|see|visited|contact|contacted|introduced|thanks|thank|per)\s*$/i

function runsOf(sentence: string): Token[][] {
  const tokens = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = () => {
    if (run.length) runs.push(run)
    run = []
  }
  for (const token of tokens) {
    const word = bare(token.text)
    const joined = run.length === 0 || /^ $/.test(sentence.slice(run[run.length - 1]!.end, token.start))
    const previousEndsSentence = run.length > 0 && run[run.length - 1]!.text.endsWith('.') && !HONORIFIC.has(bare(run[run.length - 1]!.text))
    if (!isCapitalised(token.text) || NOT_NAME_WORDS.has(word) || !joined || previousEndsSentence) {
      flush()
      if (isCapitalised(token.text) && !NOT_NAME_WORDS.has(word)) run.push(token)
      continue
    }
    run.push(token)
  }
  flush()
  return runs
}

/** Every person named in one English sentence, left to right. */
export function englishPeople(sentence: string): NamedPerson[] {
  const found: NamedPerson[] = []
  for (const whole of runsOf(sentence)) {
    // A capitalised title at the head of a run ("Buyer Amit Patel") is the title before the name.
    let lead = 0
    while (lead < whole.length - 1 && TITLE_WORD.test(bare(whole[lead]!.text))) lead++
    const run = whole.slice(lead)
    const honorific = HONORIFIC.has(bare(run[0]!.text))
    const names = (honorific ? run.slice(1) : run).slice(0, 3)
    if (names.length === 0) continue
    const start = run[0]!.start
    const lastText = names[names.length - 1]!.text
    const end = names[names.length - 1]!.end - (lastText.length - lastText.replace(/\.$|['’]s$/, '').length)
    const before = sentence.slice(0, start)
    const after = sentence.slice(end)
    const titleBefore = ENGLISH_TITLE_AT_END.exec(before)
    const titleAfter = ENGLISH_TITLE_AFTER.exec(after)
    const title = (titleAfter?.[1] ?? titleBefore?.[1] ?? '').replace(/\s+/g, ' ').trim()
    const words = names.map((t) => bare(t.text))
    const first = words[0]!
    const last = words[words.length - 1]!
    const looksLikeName =
      honorific ||
      title !== '' ||
      (words.length > 1 && (FIRST_NAMES.has(first) || (PINYIN_SURNAMES.has(first) && isPinyinName(last)) || (isPinyinName(first) && PINYIN_SURNAMES.has(last)))) ||
      (words.length === 1 && FIRST_NAMES.has(first) && (CUE_AFTER.test(after) || CUE_BEFORE.test(before))) ||
      (words.length === 1 && ENGLISH_DEPARTMENT_AFTER.test(after))
    if (!looksLikeName) continue
    // "Bill wants…" after "Bill Carter": the same person again.
    if (words.length === 1 && !honorific && found.some((p) => p.name.split(' ')[0] === first)) continue
    const department = englishDepartmentOf(title) || departmentAfter(after)
    found.push({ name: sentence.slice(start, end), start, end, title, department })
  }
  return found
}

function departmentAfter(after: string): string {
  const match = ENGLISH_DEPARTMENT_AFTER.exec(after)
  return match ? englishDepartmentOf(match[1]!) || capitalise(match[1]!) : ''
}

const capitalise = (w: string) => w.replace(/^the\s+/i, '').replace(/^\w/, (c) => c.toUpperCase())

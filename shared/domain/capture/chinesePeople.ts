import { chineseDepartmentEndingAt, chineseTitleAt, chineseTitles, isHan, type TitleMatch } from './chineseText'
import { SURNAME_FORMS } from './chineseTitles'
import { isEverydayWord, isUnambiguousSurname, surnameAt } from './surnames'

/** A person named in a sentence: where the name is, and what the sentence says of them. */
export type NamedPerson = { name: string; start: number; end: number; title: string; department: string }

// Characters that begin the word after a surname rather than a given name (孙每天…, 王说…).
const NOT_GIVEN_START = new Set('的了在是说和与跟也都就还要会能个们这那一二三四五六七八九十百千万月日天年号点时分上下里外前后中内部科处室厂司所院度量价货单款讲对把被让给向从长工总每今昨已刚再又才很太最比只等及或呢吗吧啊说称问答负认觉表提告透介帮带约找叫请打来去到过着没不已将仍也'.split(''))
// Second characters that are a name's as often as the next word's: a name only if a function word follows (贺春来和…, 汪静天天…).
const SOFT_SECOND = new Set('来天一'.split(''))
const FUNCTION_AFTER = /^(?:[和说是的在也都就、，。；,;与跟对]|$)/
// Characters that end a one-character given name: the next word starts there (李明经理, 王强说).
const NOT_GIVEN_SECOND = new Set('的了在是说和与跟也都就还要会能个们这那每今明昨已再又才很太最比只等及或呢吗吧啊讲对把被让给向从称问答负认觉表提告透介帮带约找叫请打去到过着没不将仍经部科主总厂处工说上下前后里电收挺嫌压排'.split(''))
// Two-character words that start right after a name (王强明天…, 李娜下周…).
const WORDS_AFTER_NAME = ['明天', '今天', '昨天', '每天', '下周', '上周', '本周', '上午', '下午', '晚上', '早上', '早就', '现在', '目前', '一直', '已经', '刚才', '经常', '平时', '主要', '原来', '以前', '之前', '负责', '表示', '认为', '介绍', '告诉', '同意']

// A bare full name counts when a word like these sits right before or after it.
const CUE_BEFORE = /(?:和|跟|与|同|是|叫|由|见了|见到|见|拜访了?|约了?|找了?|找到|联系了?|认识了?|通过|经过|问了?|给|让|请|陪|带着?|、|：|:)$/
const CUE_AFTER = /^(?:说|讲|表示|告诉|提到|提出|认为|答应|同意|反对|介绍|负责|是|担任|任|也|和|跟|对|打电话|打来|来电|回复|确认|透露|建议|希望|觉得|主管|分管|管|每|在|已|刚|会|要|想|还|今天|明天|昨天|下周|上周|本周|上午|下午|私下|偷偷|亲自|一直|早|很|、|，|,|。|；|;|的意见|那边|压|排|收|带|嫌|拿|问|催|签|定|看|去|来|让|请|挺|最|又|天天|总|当|以前|原来|下来|上来|$)/

export function givenNameLength(text: string, at: number): number {
  const c1 = text[at]
  if (!isHan(c1) || NOT_GIVEN_START.has(c1!)) return 0
  const after1 = text.slice(at + 1)
  if (WORDS_AFTER_NAME.some((w) => after1.startsWith(w)) || chineseTitleAt(text, at + 1) || formAt(text, at + 1)) return 1
  const c2 = text[at + 1]
  if (!isHan(c2) || NOT_GIVEN_SECOND.has(c2!)) return 1
  if (SOFT_SECOND.has(c2!) && !FUNCTION_AFTER.test(text.slice(at + 2))) return 1
  return 2
}

/** A short form after a surname starting at `index` (经理 in 王经理), or null. */
function formAt(text: string, index: number): (typeof SURNAME_FORMS)[number] | null {
  for (const form of SURNAME_FORMS) {
    if (!text.startsWith(form.form, index)) continue
    const next = text[index + form.form.length]
    if (form.notBefore && next && form.notBefore.includes(next)) continue
    return form
  }
  return null
}

// What may sit right before a surname that stands for an everyday word too (部门经理 is no 门经理).
const CLEAN_BEFORE = /(?:^|[^\p{Script=Han}]|[的和跟与同找问给让请见约说、：是])$/u

function titleBefore(titles: readonly TitleMatch[], index: number): TitleMatch | undefined {
  return titles.find((t) => t.end === index)
}

/** Every person named in one Chinese sentence, left to right. */
export function chinesePeople(sentence: string): NamedPerson[] {
  const titles = chineseTitles(sentence)
  const found: NamedPerson[] = []
  const insideTitle = (i: number) => titles.some((t) => i >= t.start && i < t.end)
  let i = 0
  while (i < sentence.length) {
    const person = personAt(sentence, i, titles, insideTitle)
    if (person) {
      found.push(person)
      i = person.end
    } else i++
  }
  return found
}

function personAt(s: string, i: number, titles: readonly TitleMatch[], insideTitle: (i: number) => boolean): NamedPerson | null {
  const prev = s[i - 1]
  // 老王, 小李
  if (s[i] === '老' || s[i] === '小') {
    const surname = surnameAt(s, i + 1)
    const end = i + 1 + surname.length
    if (surname && isUnambiguousSurname(surname) && !isEverydayWord(s, i + 1) && !formAt(s, end)) {
      const before = titleBefore(titles, i)
      return { name: s.slice(i, end), start: i, end, title: before?.title ?? '', department: before?.department ?? chineseDepartmentEndingAt(s, deIndex(s, i)) }
    }
  }
  if (insideTitle(i)) return null
  const surname = surnameAt(s, i)
  if (!surname) return null
  const afterSurname = i + surname.length
  const before = titleBefore(titles, i)
  const clean = isUnambiguousSurname(surname) || CLEAN_BEFORE.test(s.slice(0, i)) || before !== undefined
  // 王经理, 李工, 张总
  const form = formAt(s, afterSurname)
  if (form && clean && !(isHan(prev) && !before && !CLEAN_BEFORE.test(s.slice(0, i)) && /[区司门部国华省市县镇厂]/.test(s[i]!))) {
    const end = afterSurname + form.form.length
    return { name: s.slice(i, end), start: i, end, title: before?.title ?? form.title, department: before?.department ?? chineseDepartmentEndingAt(s, deIndex(s, i)) }
  }
  const given = givenNameLength(s, afterSurname)
  if (given === 0 || isEverydayWord(s, i)) return null
  const end = afterSurname + given
  const name = s.slice(i, end)
  const after = chineseTitleAt(s, end)
  if (before) return { name, start: i, end, title: before.title, department: before.department }
  if (after && after.title !== '长') return { name, start: i, end, title: after.title, department: after.department }
  const stated = /^(?:是|担任|任|作为|当|做)/.exec(s.slice(end))
  const statedTitle = stated ? chineseTitleAt(s, end + stated[0].length) : null
  if (statedTitle) return { name, start: i, end, title: statedTitle.title, department: statedTitle.department }
  const cued = CUE_BEFORE.test(s.slice(0, i)) || i === 0 || chineseDepartmentEndingAt(s, deIndex(s, i)) !== '' || /[，,。；;！!？?\s（(“"]$/.test(s.slice(0, i))
  if (isUnambiguousSurname(surname) && cued && CUE_AFTER.test(s.slice(end))) {
    return { name, start: i, end, title: '', department: chineseDepartmentEndingAt(s, deIndex(s, i)) }
  }
  return null
}

/** Where a department before "的" would end for a name at `i` (采购部的王经理 → after 采购部). */
function deIndex(s: string, i: number): number {
  return s[i - 1] === '的' ? i - 1 : i
}

// Reps type names as pinyin (sunhaiyan), as initials (shy) or by the given name alone (haiyan). The
// converter is passed in so this stays pure and the pinyin tables load only when search first opens.

/** Syllables of a run of Chinese characters, without tones; `asName` reads the first as a surname (曾 → zeng). */
export type ToPinyin = (run: string, asName: boolean) => readonly string[]

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g

/** One lower-case syllable per character, ü written v as reps type it. */
const syllablesOf = (run: string, toPinyin: ToPinyin, asName: boolean) => toPinyin(run, asName).map((s) => s.toLowerCase().replace(/ü|v/g, 'v'))

/** Latin search keys for a name: full pinyin and initials from each syllable on ("sunhaiyan", "haiyan", "shy", "hy"). */
export function pinyinKeys(name: string, toPinyin: ToPinyin, asName: boolean): string[] {
  const keys = new Set<string>()
  for (const run of name.match(CJK_RUN) ?? []) {
    const syllables = syllablesOf(run, toPinyin, asName).filter((s) => /^[a-z]+$/.test(s))
    for (let i = 0; i < syllables.length; i++) {
      const rest = syllables.slice(i)
      keys.add(rest.join(''))
      if (rest.length > 1) keys.add(rest.map((s) => s[0]).join(''))
    }
  }
  return [...keys]
}

/**
 * The characters of a name a Latin query word matched through pinyin, to highlight them: "sunhai" and
 * "shy" mark 孙海 and 孙海燕 in 孙海燕. Nothing when the word matched the name's letters as written.
 */
export function pinyinMarks(name: string, word: string, toPinyin: ToPinyin, asName: boolean): string[] {
  const marks: string[] = []
  for (const run of name.match(CJK_RUN) ?? []) {
    const chars = [...run]
    const syllables = syllablesOf(run, toPinyin, asName)
    if (syllables.length !== chars.length) continue
    for (let start = 0; start < chars.length; start++) {
      let covered = 0
      let length = 0
      while (start + length < chars.length && covered < word.length) covered += syllables[start + length++]!.length
      const full = syllables.slice(start, start + length).join('')
      if (full.startsWith(word)) {
        marks.push(chars.slice(start, start + length).join(''))
        break
      }
      if (word.length > 1 && syllables.slice(start).map((s) => s[0]).join('').startsWith(word)) {
        marks.push(chars.slice(start, start + word.length).join(''))
        break
      }
    }
  }
  return marks
}

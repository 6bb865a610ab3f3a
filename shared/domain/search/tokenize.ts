// Chinese has no spaces, so a word tokenizer turns a whole sentence into one token (measured in
// ../shared/toolchain.md: 1 of 7 queries right). Index CJK runs as overlapping two-character pieces and
// Latin text as lower-cased words; every candidate is then confirmed by a substring check.

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+|[\p{L}\p{N}]+/gu

/** Lower-cases and folds full-width ASCII so "ＡＢＣ１" finds "abc1". */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en')
}

/** Index tokens: CJK bigrams (a lone character stays itself) and whole Latin/digit words. */
export function searchTokens(text: string): string[] {
  const tokens = new Set<string>()
  for (const run of normalizeText(text).match(RUN) ?? []) {
    if (!CJK.test(run[0]!)) {
      tokens.add(run)
      continue
    }
    const chars = [...run]
    if (chars.length === 1) tokens.add(chars[0]!)
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!)
  }
  return [...tokens]
}

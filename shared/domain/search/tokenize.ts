// Chinese has no spaces, so a word tokenizer turns a whole sentence into one token (measured in
// ../shared/toolchain.md: 1 of 7 queries right). Index CJK runs as overlapping two-character pieces and
// Latin text as lower-cased words; every candidate is then confirmed by a substring check.

const CJK_CHARS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af'
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u')
// A Latin/digit word stops where Chinese starts, so 6049版 is the number 6049 and the character 版.
const RUN = new RegExp(`[${CJK_CHARS}]+|(?:(?![${CJK_CHARS}])[\\p{L}\\p{N}])+`, 'gu')

/** Lower-cases and folds full-width ASCII so "ＡＢＣ１" finds "abc1". */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en')
}

/** A query cut into what must each match: runs of CJK text (as phrases) and Latin/digit words. */
export function queryPieces(query: string): { cjk: string[]; words: string[] } {
  const cjk: string[] = []
  const words: string[] = []
  for (const run of normalizeText(query).match(RUN) ?? []) (CJK.test(run[0]!) ? cjk : words).push(run)
  return { cjk, words }
}

/** The tokens that narrow a CJK phrase's candidates: its pairs, or the character itself when it stands alone. */
export function cjkQueryTokens(run: string): string[] {
  const chars = [...run]
  if (chars.length === 1) return chars
  return chars.slice(1).map((c, i) => chars[i]! + c)
}

/**
 * Index tokens: every CJK character (a surname typed alone, 王, must find 王经理) and every pair of
 * neighbours, and whole Latin/digit words.
 */
export function searchTokens(text: string): string[] {
  const tokens = new Set<string>()
  for (const run of normalizeText(text).match(RUN) ?? []) {
    if (!CJK.test(run[0]!)) {
      tokens.add(run)
      continue
    }
    const chars = [...run]
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i]!)
      if (i + 1 < chars.length) tokens.add(chars[i]! + chars[i + 1]!)
    }
  }
  return [...tokens]
}

/** True for a token made of Latin letters or digits (matched by prefix), not CJK. */
export const isLatinToken = (token: string): boolean => !CJK.test(token)

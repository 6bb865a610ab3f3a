/** True when b is a at most one insertion, deletion, substitution or swap of neighbours away. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Light typo tolerance: a query word of five letters or more may be one edit from a word or from its start. */
export function typoMatches(query: string, word: string): boolean {
  if (query.length < 5 || word.length < query.length - 1) return false
  if (withinOneEdit(query, word)) return true
  for (const len of [query.length - 1, query.length, query.length + 1]) {
    if (len < word.length && withinOneEdit(query, word.slice(0, len))) return true
  }
  return false
}

import { typoMatches } from './fuzzy'
import { pinyinMarks } from './pinyinKeys'
import { lowerBound, NAMED, SEARCH_KINDS, type Entry, type SearchDoc, type SearchIndex } from './searchIndex'
import { cjkQueryTokens, normalizeText, queryPieces } from './tokenize'

export interface SearchHit {
  doc: SearchDoc
  /** Text around the first match, for the result list. */
  snippet: string
  /** What to highlight in the title and snippet: the query as typed, and the characters a pinyin query matched. */
  marks: readonly string[]
}

type Matcher = { keys: string[]; matches(token: string): boolean }

/** How a Latin query word matches a token: by prefix, or (five letters or more, nothing starting with it) one typo away. */
function wordMatcher(index: SearchIndex, word: string): Matcher {
  const keys: string[] = []
  for (let k = lowerBound(index.latinKeys, word); k < index.latinKeys.length && index.latinKeys[k]!.startsWith(word); k++) keys.push(index.latinKeys[k]!)
  if (keys.length > 0 || word.length < 5) return { keys, matches: (token) => token.startsWith(word) }
  const typos = new Set(index.latinKeys.filter((key) => typoMatches(word, key)))
  return { keys: [...typos], matches: (token) => typos.has(token) }
}

type Candidates = { slots: ArrayLike<number>; exact: string | undefined }

/**
 * The smallest candidate list any piece of the query gives, in ascending slots; `exact` names the phrase
 * whose single token it is (those candidates need no substring check for it).
 */
function candidates(postings: ReadonlyMap<string, readonly number[]>, cjk: readonly string[], matchers: readonly Matcher[]): Candidates {
  let best: { size: number; get(): ArrayLike<number>; exact: string | undefined } | undefined
  const offer = (size: number, get: () => ArrayLike<number>, exact?: string) => {
    if (!best || size < best.size) best = { size, get, exact }
  }
  for (const run of cjk) for (const token of cjkQueryTokens(run)) offer(postings.get(token)?.length ?? 0, () => postings.get(token) ?? [], token === run ? run : undefined)
  for (const { keys } of matchers) {
    const lists = keys.map((key) => postings.get(key) ?? [])
    offer(
      lists.reduce((n, list) => n + list.length, 0),
      () => (lists.length === 1 ? lists[0]! : Int32Array.from(new Set(lists.flat())).sort())
    )
  }
  return best && best.size > 0 ? { slots: best.get(), exact: best.exact } : { slots: [], exact: undefined }
}

/**
 * Documents matching every piece of the query, best first. A Chinese phrase must appear as it was typed
 * (the rarest of its characters or pairs gives the candidates, a substring check confirms each, so 采购部长
 * never matches 采购部…部长); a Latin word matches a word or a name's pinyin by prefix, or with one typo
 * when it has five letters or more. Title matches come first (a title starting with the phrase before
 * one containing it), then by kind, then the most recently updated.
 */
export function searchDocs(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const { cjk, words } = queryPieces(query.trim())
  if (cjk.length + words.length === 0) return []
  const matchers = words.map((word) => wordMatcher(index, word))
  if (matchers.some((m) => m.keys.length === 0)) return []
  const best = new TopHits(limit)

  // Title matches, from the titles' own postings. Ordered slots come by kind and then newest first, so
  // once the best are full and this slot's kind cannot beat the worst of them, no later ordered one can.
  const inTitle = new Set<number>()
  const titled = candidates(index.titlePostings, cjk, matchers)
  titles: for (let n = 0; n < titled.slots.length; n++) {
    const slot = titled.slots[n]!
    const entry = index.entries[slot]
    if (!entry) continue
    if (slot < index.ordered && best.cannotTake(entry.kindRank * 3, entry.updatedAt)) {
      n = lowerBound(titled.slots, index.ordered) - 1
      continue
    }
    for (const run of cjk) if (run !== titled.exact && !entry.title.includes(run)) continue titles
    for (const m of matchers) if (!entry.titleLatin.some(m.matches)) continue titles
    inTitle.add(slot)
    best.offer(entry, entry.kindRank * 3 + closeness(entry, cjk))
  }

  // The rest, where ordered slots come in result order: once `limit` of them match, no later one can
  // rank higher, so the scan jumps to the slots added since the last reorder.
  const body = candidates(index.postings, cjk, matchers)
  const slots = body.slots
  let found = 0
  for (let n = 0; n < slots.length; n++) {
    const slot = slots[n]!
    if (slot < index.ordered && found >= limit) {
      n = lowerBound(slots, index.ordered) - 1
      continue
    }
    const entry = index.entries[slot]
    if (!entry || inTitle.has(slot) || !matchesBody(entry, cjk, body.exact, matchers)) continue
    best.offer(entry, (SEARCH_KINDS.length + entry.kindRank) * 3 + 2)
    if (slot < index.ordered) found++
  }

  const typed = [...cjk, ...words]
  return best.sorted().map(({ doc }) => {
    const named = NAMED[doc.kind]
    const fromPinyin = named && index.toPinyin ? words.flatMap((word) => pinyinMarks(doc.title, word, index.toPinyin!, named.asName)) : []
    const marks = [...typed, ...fromPinyin]
    return { doc, snippet: snippetOf(doc, marks), marks }
  })
}

function matchesBody(entry: Entry, cjk: readonly string[], exact: string | undefined, matchers: readonly Matcher[]): boolean {
  for (const run of cjk) if (run !== exact && !entry.haystack.includes(run)) return false
  for (const m of matchers) if (!entry.latin.some(m.matches)) return false
  return true
}

/** A title that starts with the phrase (a surname typed alone) ranks before one that only contains it. */
function closeness(entry: Entry, cjk: readonly string[]): number {
  const first = cjk[0]
  if (!first) return 0
  return entry.title.startsWith(first) ? 0 : 1
}

/** The best `limit` hits so far, best first: the lower rank, then the more recently updated. */
class TopHits {
  private readonly kept: { entry: Entry; rank: number }[] = []
  private readonly limit: number
  constructor(limit: number) {
    this.limit = limit
  }

  /** True when the best are full and a hit of at least this rank, no newer than `updatedAt`, would not get in. */
  cannotTake(rank: number, updatedAt: number): boolean {
    const worst = this.kept.length >= this.limit ? this.kept[this.kept.length - 1] : undefined
    return worst !== undefined && (rank > worst.rank || (rank === worst.rank && updatedAt <= worst.entry.updatedAt))
  }

  offer(entry: Entry, rank: number): void {
    if (this.cannotTake(rank, entry.updatedAt)) return
    const { kept, limit } = this
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const k = kept[mid]!
      if (k.rank < rank || (k.rank === rank && k.entry.updatedAt >= entry.updatedAt)) lo = mid + 1
      else hi = mid
    }
    kept.splice(lo, 0, { entry, rank })
    if (kept.length > limit) kept.pop()
  }

  sorted(): Entry[] {
    return this.kept.map((k) => k.entry)
  }
}

function snippetOf(doc: SearchDoc, marks: readonly string[]): string {
  const text = doc.text.replace(/\s+/g, ' ').trim()
  const folded = normalizeText(text)
  const found = marks.map((m) => ({ at: folded.indexOf(m), length: m.length })).filter((m) => m.at >= 0)
  const first = found.sort((a, b) => a.at - b.at)[0]
  if (!first) return text.slice(0, 80)
  const start = Math.max(0, first.at - 24)
  const end = first.at + first.length + 40
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

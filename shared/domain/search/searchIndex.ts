import type { IntelChannel } from '#shared/schemas/enums'
import { pinyinKeys, type ToPinyin } from './pinyinKeys'
import { isLatinToken, normalizeText, searchTokens } from './tokenize'

export type SearchDocKind = 'account' | 'person' | 'finding' | 'dossier' | 'visit' | 'objection' | 'competitor'

/** Result kinds in the order the result list groups them when nothing else decides. */
export const SEARCH_KINDS: readonly SearchDocKind[] = ['account', 'person', 'finding', 'dossier', 'visit', 'objection', 'competitor']

export interface SearchDoc {
  kind: SearchDocKind
  /** The record's id (for the person: the stakeholder id; for a finding: its finding id). */
  id: string
  accountId: string
  accountName: string
  title: string
  text: string
  updatedAt: number
  /** For dossier sections and findings: the channel code (the UI names it). */
  channel?: IntelChannel
  /** For findings: whether it is verified and when it was found. */
  verified?: boolean
  date?: number
}

/** Kinds whose title is a name, searchable by pinyin; people's names read the first character as a surname. */
export const NAMED: Partial<Record<SearchDocKind, { asName: boolean }>> = {
  person: { asName: true },
  account: { asName: false },
  competitor: { asName: false }
}

export interface Entry {
  doc: SearchDoc
  source: string
  /** Title and text, folded, for confirming Chinese phrases by substring. */
  haystack: string
  /** The title, folded, for ranking title matches first. */
  title: string
  /** Latin/digit/pinyin tokens of the title, and of the whole document. */
  titleLatin: readonly string[]
  latin: readonly string[]
  /** The document's kind as a rank, and when it was updated: the order results come in after title matches. */
  kindRank: number
  updatedAt: number
}

/**
 * An index that is updated in place, one source record at a time. Documents sit in numbered slots and
 * every posting list holds slots in ascending order. A removed document leaves a gap that queries skip;
 * an added one takes the next slot. Slots below `ordered` are in result order (kind, then the most
 * recently updated first), so a query that matches thousands stops once it has enough; the slots added
 * since are few and always read. Both are put right together, rarely: once the gaps are a third of the
 * slots or the added ones an eighth. An edit costs the tokens of the record edited, never a rebuild.
 */
export interface SearchIndex {
  readonly toPinyin: ToPinyin | undefined
  entries: (Entry | undefined)[]
  /** Slots of each source record's documents (a dossier section yields the section and its findings). */
  bySource: Map<string, number[]>
  postings: Map<string, number[]>
  /** The same, for the tokens of titles alone: where title matches, which rank first, are found. */
  titlePostings: Map<string, number[]>
  /** Every Latin/digit/pinyin key, sorted, for prefix lookup. */
  latinKeys: string[]
  ordered: number
  live: number
  gaps: number
}


export function createSearchIndex(toPinyin?: ToPinyin): SearchIndex {
  return { toPinyin, entries: [], bySource: new Map(), postings: new Map(), titlePostings: new Map(), latinKeys: [], ordered: 0, live: 0, gaps: 0 }
}

/** A fresh index of these documents, each its own source. */
export function buildSearchIndex(docs: readonly SearchDoc[], toPinyin?: ToPinyin): SearchIndex {
  const index = createSearchIndex(toPinyin)
  setSources(index, docs.map((doc) => [`${doc.kind}:${doc.id}`, [doc]]))
  return index
}

/** The first index in the sorted `list` whose value is not below `value`. */
export function lowerBound<T extends string | number>(list: ArrayLike<T>, value: T): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function removeSource(index: SearchIndex, source: string): void {
  for (const slot of index.bySource.get(source) ?? []) {
    index.entries[slot] = undefined
    index.live--
    index.gaps++
  }
  index.bySource.delete(source)
}

function addDoc(index: SearchIndex, source: string, doc: SearchDoc, freshKeys: string[]): void {
  const slot = index.entries.length
  const add = (postings: Map<string, number[]>, token: string) => {
    const list = postings.get(token)
    if (!list) {
      postings.set(token, [slot])
      if (postings === index.postings && isLatinToken(token)) freshKeys.push(token)
    } else if (list[list.length - 1] !== slot) list.push(slot)
  }
  const named = NAMED[doc.kind]
  const titleTokens = [...searchTokens(doc.title), ...(named && index.toPinyin ? pinyinKeys(doc.title, index.toPinyin, named.asName) : [])]
  const textTokens = searchTokens(doc.text)
  for (const token of titleTokens) {
    add(index.postings, token)
    add(index.titlePostings, token)
  }
  for (const token of textTokens) add(index.postings, token)
  const title = normalizeText(doc.title)
  const titleLatin = titleTokens.filter(isLatinToken)
  index.entries.push({
    doc,
    source,
    haystack: `${title}\n${normalizeText(doc.text)}`,
    title,
    titleLatin,
    latin: [...new Set([...titleLatin, ...textTokens.filter(isLatinToken)])],
    kindRank: KIND_RANK[doc.kind],
    updatedAt: doc.updatedAt
  })
  index.live++
  const slots = index.bySource.get(source)
  if (slots) slots.push(slot)
  else index.bySource.set(source, [slot])
}

export const KIND_RANK: Record<SearchDocKind, number> = Object.fromEntries(SEARCH_KINDS.map((kind, i) => [kind, i])) as Record<SearchDocKind, number>

/** Result order after title matches: by kind, then the most recently updated first. */
const inOrder = (a: { kindRank: number; updatedAt: number }, b: { kindRank: number; updatedAt: number }) => a.kindRank - b.kindRank || b.updatedAt - a.updatedAt

/**
 * Replaces the documents of each source record (none: the record is gone). Keys new to the index are
 * merged into the sorted key list once per call, so building 100,000 documents sorts once.
 */
export function setSources(index: SearchIndex, changes: Iterable<readonly [source: string, docs: readonly SearchDoc[]]>): void {
  const freshKeys: string[] = []
  if (index.entries.length === 0) {
    // The first build: documents go in in result order, so every slot starts out ordered.
    const all = [...changes].flatMap(([source, docs]) => docs.map((doc) => ({ source, doc, kindRank: KIND_RANK[doc.kind], updatedAt: doc.updatedAt })))
    for (const { source, doc } of all.sort(inOrder)) addDoc(index, source, doc, freshKeys)
    index.ordered = index.entries.length
  } else {
    for (const [source, docs] of changes) {
      removeSource(index, source)
      for (const doc of docs) addDoc(index, source, doc, freshKeys)
    }
  }
  if (freshKeys.length > 64) {
    index.latinKeys.push(...freshKeys)
    index.latinKeys.sort()
  } else for (const key of freshKeys) index.latinKeys.splice(lowerBound(index.latinKeys, key), 0, key)
  const added = index.entries.length - index.ordered
  if ((index.gaps > 1024 && index.gaps * 2 > index.live) || (added > 1024 && added * 8 > index.live)) reorder(index)
}

/** Sources the index holds documents for. */
export const indexedSources = (index: SearchIndex): IterableIterator<string> => index.bySource.keys()

/** Squeezes out the gaps and puts every slot back in result order. */
function reorder(index: SearchIndex): void {
  const live = index.entries.flatMap((entry, slot) => (entry ? [{ entry, slot, kindRank: entry.kindRank, updatedAt: entry.updatedAt }] : []))
  live.sort(inOrder)
  const moved = new Int32Array(index.entries.length).fill(-1)
  live.forEach(({ slot }, to) => (moved[slot] = to))
  for (const postings of [index.postings, index.titlePostings]) {
    for (const [token, list] of postings) {
      const kept = Int32Array.from(list, (slot) => moved[slot]!).filter((slot) => slot >= 0).sort()
      if (kept.length > 0) postings.set(token, Array.from(kept))
      else postings.delete(token)
    }
  }
  for (const [source, slots] of index.bySource) index.bySource.set(source, slots.map((slot) => moved[slot]!))
  index.latinKeys = index.latinKeys.filter((key) => index.postings.has(key))
  index.entries = live.map(({ entry }) => entry)
  index.ordered = index.entries.length
  index.gaps = 0
}

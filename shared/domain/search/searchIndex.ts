import type { IntelChannel } from '#shared/schemas/enums'
import { typoMatches } from './fuzzy'
import { pinyinKeys, type ToPinyin } from './pinyinKeys'
import { cjkQueryTokens, isLatinToken, normalizeText, queryPieces, searchTokens } from './tokenize'

export type SearchDocKind = 'account' | 'person' | 'finding' | 'dossier' | 'visit' | 'objection' | 'competitor'

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
const NAMED: Partial<Record<SearchDocKind, { asName: boolean }>> = {
  person: { asName: true },
  account: { asName: false },
  competitor: { asName: false }
}

export interface SearchIndex {
  docs: readonly SearchDoc[]
  haystacks: readonly string[]
  /** Each title, folded as the haystacks are, for ranking title matches first. */
  titles: readonly string[]
  /** Tokens of each title, with its pinyin keys: a match there ranks first. */
  titleTokens: readonly (readonly string[])[]
  postings: ReadonlyMap<string, readonly number[]>
  /** Every Latin/digit/pinyin key, sorted, for prefix lookup. */
  latinKeys: readonly string[]
}

export interface SearchHit {
  doc: SearchDoc
  /** Text around the first match, for the result list. */
  snippet: string
  /** What to highlight in the title and snippet: the query's Chinese phrases and words as typed. */
  marks: readonly string[]
}

export function buildSearchIndex(docs: readonly SearchDoc[], toPinyin?: ToPinyin): SearchIndex {
  const postings = new Map<string, number[]>()
  const add = (token: string, i: number) => {
    const list = postings.get(token)
    if (!list) postings.set(token, [i])
    else if (list[list.length - 1] !== i) list.push(i)
  }
  const titleTokens: string[][] = []
  const titles: string[] = []
  const haystacks = docs.map((doc, i) => {
    const named = NAMED[doc.kind]
    const title = [...searchTokens(doc.title), ...(named && toPinyin ? pinyinKeys(doc.title, toPinyin, named.asName) : [])]
    titleTokens.push(title)
    titles.push(normalizeText(doc.title))
    for (const token of title) add(token, i)
    for (const token of searchTokens(doc.text)) add(token, i)
    return `${titles[i]}\n${normalizeText(doc.text)}`
  })
  const latinKeys = [...postings.keys()].filter(isLatinToken).sort()
  return { docs, haystacks, titles, titleTokens, postings, latinKeys }
}

function lowerBound(keys: readonly string[], prefix: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keys[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Keys a Latin query word matches: every key starting with it, or (five letters or more, none starting with it) one typo away. */
function keysForWord(index: SearchIndex, word: string): string[] {
  const keys: string[] = []
  for (let k = lowerBound(index.latinKeys, word); k < index.latinKeys.length && index.latinKeys[k]!.startsWith(word); k++) keys.push(index.latinKeys[k]!)
  if (keys.length > 0 || word.length < 5) return keys
  return index.latinKeys.filter((key) => typoMatches(word, key))
}

function union(index: SearchIndex, keys: readonly string[]): Set<number> {
  const out = new Set<number>()
  for (const key of keys) for (const i of index.postings.get(key) ?? []) out.add(i)
  return out
}

function intersect(a: Set<number> | undefined, b: Set<number>): Set<number> {
  if (!a) return b
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  return new Set([...small].filter((i) => large.has(i)))
}

const KIND_RANK: Record<SearchDocKind, number> = { account: 0, person: 1, finding: 2, dossier: 3, visit: 4, objection: 5, competitor: 6 }

/**
 * Documents matching every piece of the query. A Chinese phrase must appear as it was typed (its
 * character pairs narrow the candidates, a substring check confirms each, so 采购部长 never matches
 * 采购部…部长); a Latin word matches a word or a name's pinyin by prefix, or with one typo when it has
 * five letters or more. Title matches rank first, then by kind and recency.
 */
export function searchDocs(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const { cjk, words } = queryPieces(query.trim())
  if (cjk.length + words.length === 0) return []
  let candidates: Set<number> | undefined
  for (const run of cjk) {
    for (const token of cjkQueryTokens(run)) {
      candidates = intersect(candidates, new Set(index.postings.get(token) ?? []))
      if (candidates.size === 0) return []
    }
  }
  const wordKeys = words.map((word) => new Set(keysForWord(index, word)))
  for (const keys of wordKeys) {
    candidates = intersect(candidates, union(index, [...keys]))
    if (candidates.size === 0) return []
  }
  const inTitle = (i: number) =>
    cjk.every((run) => index.titles[i]!.includes(run)) && wordKeys.every((keys) => index.titleTokens[i]!.some((t) => keys.has(t)))
  const hits = [...(candidates ?? [])]
    .filter((i) => cjk.every((run) => index.haystacks[i]!.includes(run)))
    .map((i) => ({ doc: index.docs[i]!, inTitle: inTitle(i) }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || KIND_RANK[a.doc.kind] - KIND_RANK[b.doc.kind] || b.doc.updatedAt - a.doc.updatedAt)
  const marks = [...cjk, ...words]
  return hits.slice(0, limit).map(({ doc }) => ({ doc, snippet: snippetOf(doc, marks), marks }))
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

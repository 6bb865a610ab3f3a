import type { IntelChannel } from '#shared/schemas/enums'
import { normalizeText, searchTokens } from './tokenize'

export type SearchDocKind = 'account' | 'person' | 'dossier' | 'visit' | 'objection' | 'competitor'

export interface SearchDoc {
  kind: SearchDocKind
  /** The record's id (for the person: the stakeholder id). */
  id: string
  accountId: string
  accountName: string
  title: string
  text: string
  updatedAt: number
  /** For dossier sections: the channel code (the UI names it). */
  channel?: IntelChannel
}

export interface SearchIndex {
  docs: readonly SearchDoc[]
  haystacks: readonly string[]
  postings: ReadonlyMap<string, readonly number[]>
}

export interface SearchHit {
  doc: SearchDoc
  /** Text around the first match, for the result list. */
  snippet: string
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const postings = new Map<string, number[]>()
  const haystacks = docs.map((doc, i) => {
    const haystack = normalizeText(`${doc.title}\n${doc.text}`)
    for (const token of searchTokens(haystack)) {
      const list = postings.get(token)
      if (list) list.push(i)
      else postings.set(token, [i])
    }
    return haystack
  })
  return { docs, haystacks, postings }
}

/** Documents a query token can match: exact for CJK pieces, any word starting with it for Latin text. */
function candidatesFor(index: SearchIndex, token: string): Set<number> {
  const exact = index.postings.get(token)
  if (/^[\p{L}\p{N}]+$/u.test(token) && !/[\u3400-\u9fff]/.test(token)) {
    const union = new Set<number>(exact ?? [])
    for (const [key, list] of index.postings) if (key !== token && key.startsWith(token)) for (const i of list) union.add(i)
    return union
  }
  return new Set(exact ?? [])
}

const KIND_RANK: Record<SearchDocKind, number> = { account: 0, person: 1, dossier: 2, visit: 3, objection: 4, competitor: 5 }

/**
 * Exactly the documents containing the query as a substring (case- and width-insensitive): tokens
 * narrow the candidates, a substring check confirms each. Title matches rank first, then by kind and recency.
 */
export function searchDocs(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const needle = normalizeText(query.trim())
  if (!needle) return []
  const tokens = searchTokens(needle)
  let candidates: Set<number> | undefined
  for (const token of tokens) {
    const next = candidatesFor(index, token)
    const previous: Set<number> | undefined = candidates
    const narrowed: Set<number> = previous ? new Set([...previous].filter((i) => next.has(i))) : next
    if (narrowed.size === 0) return []
    candidates = narrowed
  }
  const pool = candidates ?? new Set(index.docs.map((_, i) => i))
  const hits = [...pool]
    .filter((i) => index.haystacks[i]!.includes(needle))
    .map((i) => ({ i, doc: index.docs[i]!, inTitle: normalizeText(index.docs[i]!.title).includes(needle) }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || KIND_RANK[a.doc.kind] - KIND_RANK[b.doc.kind] || b.doc.updatedAt - a.doc.updatedAt)
  return hits.slice(0, limit).map(({ doc }) => ({ doc, snippet: snippetOf(doc, needle) }))
}

function snippetOf(doc: SearchDoc, needle: string): string {
  const text = doc.text.replace(/\s+/g, ' ').trim()
  const at = normalizeText(text).indexOf(needle)
  if (at < 0) return text.slice(0, 80)
  const start = Math.max(0, at - 24)
  return `${start > 0 ? '…' : ''}${text.slice(start, at + needle.length + 40)}${at + needle.length + 40 < text.length ? '…' : ''}`
}

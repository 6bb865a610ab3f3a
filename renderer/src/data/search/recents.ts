import { z } from '#shared/schemas/zod'
import { SEARCH_KINDS, type SearchDocKind } from '#shared/domain/search'

// What the rep searched for and opened lately, shown when the search box is empty. Kept in localStorage
// (per origin, like the database), validated on read so a hand-edited value is dropped, not trusted.

const KEY = 'atlas.search.recent'
const MAX = 6

const RecentRecord = z.object({
  kind: z.enum(SEARCH_KINDS as [SearchDocKind, ...SearchDocKind[]]),
  id: z.string().min(1).max(64),
  accountId: z.string().min(1).max(64),
  title: z.string().max(200),
  accountName: z.string().max(200)
})
export type RecentRecord = z.infer<typeof RecentRecord>

const Recents = z.object({
  queries: z.array(z.string().min(1).max(100)).max(MAX),
  opened: z.array(RecentRecord).max(MAX)
})
export type Recents = z.infer<typeof Recents>

const EMPTY: Recents = { queries: [], opened: [] }

export function loadRecents(): Recents {
  try {
    const raw = localStorage.getItem(KEY)
    const parsed = raw === null ? undefined : Recents.safeParse(JSON.parse(raw))
    return parsed?.success ? parsed.data : EMPTY
  } catch {
    return EMPTY
  }
}

function save(recents: Recents): Recents {
  try {
    localStorage.setItem(KEY, JSON.stringify(recents))
  } catch {
    // Storage full or disabled: the list still holds for this session.
  }
  return recents
}

/** Remembers an opened record (and the query that found it) at the head of each list. */
export function rememberOpened(record: RecentRecord, query: string): Recents {
  const { queries, opened } = loadRecents()
  const text = query.trim().slice(0, 100)
  return save({
    queries: text ? [text, ...queries.filter((q) => q !== text)].slice(0, MAX) : queries,
    opened: [{ ...record, title: record.title.slice(0, 200), accountName: record.accountName.slice(0, 200) }, ...opened.filter((r) => r.kind !== record.kind || r.id !== record.id)].slice(0, MAX)
  })
}

export const clearRecents = (): Recents => save(EMPTY)

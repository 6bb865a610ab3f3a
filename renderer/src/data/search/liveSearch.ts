import Dexie from 'dexie'
import type { z } from 'zod'
import {
  createSearchIndex,
  indexedSources,
  recordDocs,
  searchDocs,
  setSources,
  sourceOf,
  SEARCH_TABLES,
  type SearchDoc,
  type SearchHit,
  type SearchRecords,
  type SearchTable,
  type ToPinyin
} from '#shared/domain/search'
import type { Account } from '#shared/schemas'
import { BACKUP_TABLES } from '#shared/schemas/backup'
import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import { readOne, readValid } from '../read'
import { changedKeys, type ChangedKeys } from './changedKeys'

const log = createLogger('search')

const SCHEMAS: { [T in SearchTable]: z.ZodType<SearchRecords[T]> } = BACKUP_TABLES

const CHILD_TABLES = SEARCH_TABLES.filter((t): t is Exclude<SearchTable, 'accounts'> => t !== 'accounts')

export interface LiveSearchStats {
  docs: number
  /** Milliseconds the first build took: the read of every table and the indexing. */
  buildMs: number
  /** Milliseconds the last change took to reach the index (its read and re-indexing), and how many records it named. */
  lastUpdateMs: number
  lastUpdateRecords: number
  /** Of lastUpdateMs, the milliseconds spent waiting for IndexedDB to return the records. */
  lastUpdateReadMs: number
  updates: number
}

export interface LiveSearch {
  /** Resolves once the first build is done. */
  ready: Promise<void>
  /** The hits as of every change committed before the call. */
  search(query: string, limit?: number): Promise<SearchHit[]>
  /** Called after each change has reached the index, so an open result list can ask again. */
  onChange(listener: () => void): () => void
  stats(): LiveSearchStats
  close(): void
}

/**
 * The search index of one database, built once and then kept current record by record from Dexie's
 * change events (which carry the keys written, in this context and, by broadcast, every other window
 * and worker of the same origin). Each changed record is read again and only its documents re-indexed.
 */
export function createLiveSearch(db: AtlasDb, toPinyin: ToPinyin, now: () => number = () => performance.now()): LiveSearch {
  const index = createSearchIndex(toPinyin)
  const accounts = new Map<string, Account>()
  const listeners = new Set<() => void>()
  const stats: LiveSearchStats = { docs: 0, buildMs: 0, lastUpdateMs: 0, lastUpdateRecords: 0, lastUpdateReadMs: 0, updates: 0 }
  let closed = false
  let readMs = 0
  const reading = async <T,>(read: PromiseLike<T>): Promise<T> => {
    const started = now()
    try {
      return await read
    } finally {
      readMs += now() - started
    }
  }

  const valid = <T extends SearchTable>(table: T, rows: readonly unknown[]): SearchRecords[T][] => readValid(rows, SCHEMAS[table], table).items

  const docsOf = <T extends SearchTable>(table: T, record: SearchRecords[T]): SearchDoc[] =>
    recordDocs(table, record, accounts.get(table === 'accounts' ? record.id : (record as { accountId: string }).accountId))

  async function build(): Promise<void> {
    const started = now()
    const rows = await db.transaction('r', SEARCH_TABLES.map((t) => db.table(t)), () => Promise.all(SEARCH_TABLES.map((t) => db.table(t).toArray())))
    for (const a of valid('accounts', rows[0]!)) accounts.set(a.id, a)
    setSources(
      index,
      SEARCH_TABLES.flatMap((table, i) => valid(table, rows[i]!).map((record) => [sourceOf(table, record.id), docsOf(table, record)] as const))
    )
    stats.buildMs = now() - started
  }

  /** Every record of these accounts again: their name or whether they are live changed. */
  async function reindexAccounts(ids: readonly string[]): Promise<void> {
    for (const table of CHILD_TABLES) {
      const rows = await reading(db.table(table).where('accountId').anyOf(ids).toArray())
      setSources(index, valid(table, rows).map((record) => [sourceOf(table, record.id), docsOf(table, record)] as const))
    }
  }

  async function readChanged(table: SearchTable, keys: ReadonlySet<string> | 'all'): Promise<[string, readonly SearchDoc[]][]> {
    if (keys === 'all') {
      const records = valid(table, await reading(db.table(table).toArray()))
      const present = new Set(records.map((r) => sourceOf(table, r.id)))
      const gone = [...indexedSources(index)].filter((s) => s.startsWith(`${table}:`) && !present.has(s))
      return [...gone.map((s): [string, SearchDoc[]] => [s, []]), ...records.map((r): [string, SearchDoc[]] => [sourceOf(table, r.id), docsOf(table, r)])]
    }
    const ids = [...keys]
    const rows = await reading(db.table(table).bulkGet(ids))
    return ids.map((id, i) => {
      const read = rows[i] === undefined ? undefined : readOne(rows[i], SCHEMAS[table], table)
      // A row gone or no longer valid leaves the results; the integrity check reports the invalid one.
      return [sourceOf(table, id), read && 'item' in read ? docsOf(table, read.item) : []]
    })
  }

  async function apply(changes: ChangedKeys): Promise<void> {
    const started = now()
    readMs = 0
    const accountKeys = changes.get('accounts')
    if (accountKeys) {
      const before = new Map(accounts)
      if (accountKeys === 'all') accounts.clear()
      const ids = accountKeys === 'all' ? undefined : [...accountKeys]
      const rows = await reading(ids ? db.accounts.bulkGet(ids) : db.accounts.toArray())
      rows.forEach((row, i) => {
        const read = row === undefined ? undefined : readOne(row, SCHEMAS.accounts, 'accounts')
        if (read && 'item' in read) accounts.set(read.item.id, read.item)
        else if (ids) accounts.delete(ids[i]!)
      })
      const touched = new Set([...(ids ?? before.keys()), ...(ids ? [] : accounts.keys())])
      setSources(index, [...touched].map((id) => [sourceOf('accounts', id), accounts.has(id) ? docsOf('accounts', accounts.get(id)!) : []] as const))
      const moved = [...touched].filter((id) => {
        const [was, is] = [before.get(id), accounts.get(id)]
        return was?.name !== is?.name || (was?.deletedAt === null) !== (is?.deletedAt === null)
      })
      if (moved.length > 0) await reindexAccounts(moved)
    }
    for (const table of CHILD_TABLES) {
      const keys = changes.get(table)
      if (keys) setSources(index, await readChanged(table, keys))
    }
    stats.lastUpdateMs = now() - started
    stats.lastUpdateReadMs = readMs
    stats.lastUpdateRecords = [...changes.values()].reduce((n, keys) => n + (keys === 'all' ? Number.POSITIVE_INFINITY : keys.size), 0)
    stats.updates++
    for (const listener of listeners) listener()
  }

  let work = build()
  const ready = work
  const onMutated = (parts: unknown) => {
    const changes = changedKeys(parts, db.name)
    if (closed || changes.size === 0) return
    work = work.then(() => apply(changes)).catch((error: unknown) => log.warn('Search index could not take in a change', error))
  }
  Dexie.on('storagemutated', onMutated)

  return {
    ready,
    async search(query, limit) {
      await work
      return searchDocs(index, query, limit)
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stats: () => ({ ...stats, docs: index.live }),
    close() {
      closed = true
      Dexie.on('storagemutated').unsubscribe(onMutated)
      listeners.clear()
    }
  }
}

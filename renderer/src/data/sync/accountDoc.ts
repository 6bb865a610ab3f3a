import * as Y from 'yjs'
import { SYNC_TABLES, travellingFields, type SyncTable } from '#shared/sync/travel'

/** The shape version of an account document this build writes (docs/sync.md, "Schema versions"). */
export const SYNC_SCHEMA_VERSION = 1

type Row = Readonly<Record<string, unknown>>
export type RowChange = { table: SyncTable; row: Row } | { table: SyncTable; removedId: string }

const rowsMap = (doc: Y.Doc, table: SyncTable) => doc.getMap<Y.Map<unknown>>(`rows:${table}`)
const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta')

/** Structural equality of two JSON values, so a field is written only when its value really changed. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Writes local changes into the account document in one Yjs transaction. Only fields whose value
 * differs from the document's are set, so an offline edit of one field never overwrites a colleague's
 * edit of another (per-field last-writer-wins, docs/sync.md). Local-only fields never enter. Returns
 * `table:id:field` of each field written (`table:id` for a removed row).
 */
export function writeChanges(doc: Y.Doc, accountId: string, changes: readonly RowChange[], origin: unknown): string[] {
  const written: string[] = []
  doc.transact(() => {
    const meta = metaMap(doc)
    if (meta.get('accountId') !== accountId) meta.set('accountId', accountId)
    const schema = meta.get('schema')
    if (typeof schema !== 'number' || schema < SYNC_SCHEMA_VERSION) meta.set('schema', SYNC_SCHEMA_VERSION)
    for (const change of changes) {
      const rows = rowsMap(doc, change.table)
      if ('removedId' in change) {
        if (rows.has(change.removedId)) {
          rows.delete(change.removedId)
          written.push(`${change.table}:${change.removedId}`)
        }
        continue
      }
      const id = change.row.id
      if (typeof id !== 'string') continue
      let fields = rows.get(id)
      if (!(fields instanceof Y.Map)) {
        fields = new Y.Map<unknown>()
        rows.set(id, fields)
      }
      for (const [field, value] of Object.entries(travellingFields(change.table, change.row))) {
        if (!sameValue(fields.get(field), value)) {
          fields.set(field, value)
          written.push(`${change.table}:${id}:${field}`)
        }
      }
    }
  }, origin)
  return written
}

/** The sync schema version recorded in the document (0 for a document nobody wrote yet). */
export function docSchemaVersion(doc: Y.Doc): number {
  const schema = metaMap(doc).get('schema')
  return typeof schema === 'number' ? schema : 0
}

/** Calls `onChange` whenever the document's meta (its schema version) changes, here or from a colleague. */
export function observeSchema(doc: Y.Doc, onChange: () => void): () => void {
  const meta = metaMap(doc)
  const observer = () => onChange()
  meta.observe(observer)
  return () => meta.unobserve(observer)
}

/** One row as the document holds it, or undefined when the document has no such row. */
export function docRow(doc: Y.Doc, table: SyncTable, id: string): Record<string, unknown> | undefined {
  const fields = rowsMap(doc, table).get(id)
  return fields instanceof Y.Map ? (fields.toJSON() as Record<string, unknown>) : undefined
}

/** Every row of every travelling table in the document, for a first fill of a joining client and for digests. */
export function docTables(doc: Y.Doc): Record<SyncTable, Record<string, unknown>[]> {
  return Object.fromEntries(
    SYNC_TABLES.map((table) => [table, [...rowsMap(doc, table).values()].filter((fields) => fields instanceof Y.Map).map((fields) => fields.toJSON() as Record<string, unknown>)])
  ) as Record<SyncTable, Record<string, unknown>[]>
}

export type RemoteRows = Map<SyncTable, Set<string>>

/**
 * Whether a colleague's value for `key` replaced, concurrently, a value written by one of `ours`: the
 * winning item sits right after ours but was not written on top of it (its origin is an older item),
 * so both were written without seeing each other. A later edit on top of ours is not a conflict.
 */
function replacedConcurrently(fields: Y.Map<unknown>, key: string, ours: (client: number) => boolean): boolean {
  const item = fields._map.get(key)
  const replaced = item?.left
  if (!item || !replaced || !ours(replaced.id.client)) return false
  return !(item.origin && Y.compareIDs(item.origin, replaced.lastId))
}

/**
 * Calls `onRemote` with the rows (table → ids) each transaction not made here touched: a colleague's
 * edit arriving, or the server's state on first sync; `conflicted` when one of them replaced a value
 * this rep wrote concurrently. Returns the function that stops observing.
 */
export function observeRemoteRows(
  doc: Y.Doc,
  isOwn: (origin: unknown) => boolean,
  ours: (client: number) => boolean,
  onRemote: (rows: RemoteRows, conflicted: boolean) => void
): () => void {
  const stops = SYNC_TABLES.map((table) => {
    const rows = rowsMap(doc, table)
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (isOwn(transaction.origin)) return
      const ids = new Set<string>()
      let conflicted = false
      for (const event of events) {
        if (event.target === rows) for (const key of event.keys.keys()) ids.add(key)
        else {
          const key = event.path[0]
          if (typeof key === 'string') ids.add(key)
          if (event.target instanceof Y.Map)
            for (const [field, change] of event.keys) if (change.action === 'update' && replacedConcurrently(event.target, field, ours)) conflicted = true
        }
      }
      if (ids.size > 0) onRemote(new Map([[table, ids]]), conflicted)
    }
    rows.observeDeep(observer)
    return () => rows.unobserveDeep(observer)
  })
  return () => stops.forEach((stop) => stop())
}

import type * as Y from 'yjs'
import { BACKUP_TABLES } from '#shared/schemas/backup'
import { fieldsOutsideAccountDoc, LOCAL_ONLY_DEFAULTS, OWN_DOC_DEFAULTS, type SyncTable } from '#shared/sync/travel'
import type { AtlasDb } from '../db'
import { docRow, type RemoteRows } from './accountDoc'
import { markRemote } from './capture'

export interface RemoteWriteResult {
  written: number
  /** Rows the document holds that fail this build's schema: not written, the local row kept. */
  rejected: { table: SyncTable; id: string }[]
}

function withLocalFields(table: SyncTable, incoming: Record<string, unknown>, local: Record<string, unknown> | undefined): Record<string, unknown> {
  const defaults = { ...LOCAL_ONLY_DEFAULTS[table], ...OWN_DOC_DEFAULTS[table] }
  const kept = Object.fromEntries(fieldsOutsideAccountDoc(table).map((field) => [field, local && field in local ? local[field] : defaults[field]]))
  return { ...incoming, ...kept }
}

/**
 * Writes the rows a colleague changed from the account document into Dexie, in one transaction the
 * capture ignores. Each row is validated with its table's schema first; a row that fails is reported
 * and skipped, the document is left as it is. Local-only fields and the section text (which its own
 * document writes) keep their local value.
 */
export async function writeRemoteRows(db: AtlasDb, doc: Y.Doc, rows: RemoteRows): Promise<RemoteWriteResult> {
  const result: RemoteWriteResult = { written: 0, rejected: [] }
  const tables = [...rows.keys()]
  if (tables.length === 0) return result
  await db.transaction('rw', tables.map((table) => db.table(table)), async (tx) => {
    markRemote(tx)
    for (const [table, ids] of rows) {
      const store = db.table(table)
      for (const id of ids) {
        const local = (await store.get(id)) as Record<string, unknown> | undefined
        const incoming = docRow(doc, table, id)
        if (!incoming) {
          if (local) {
            await store.delete(id)
            result.written++
          }
          continue
        }
        const parsed = BACKUP_TABLES[table].safeParse(withLocalFields(table, incoming, local))
        if (!parsed.success) {
          result.rejected.push({ table, id })
          continue
        }
        await store.put(parsed.data)
        result.written++
      }
    }
  })
  return result
}

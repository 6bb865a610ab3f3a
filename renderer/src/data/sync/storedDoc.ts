import { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'
import type { AtlasDb } from '../db'
import { createLogger } from '#shared/log'

const log = createLogger('sync')

/** Where y-dexie keeps the updates of `syncDocs.doc` (its naming: `$<table>.<property>_updates`). */
const UPDATES_TABLE = '$syncDocs.doc_updates'
/** What a damaged document's name becomes when it is set aside (docs/sync.md, "Failure cases"). */
export const SET_ASIDE_SUFFIX = '.corrupt'

interface UpdateRow {
  i: number
  k: string
  u: Uint8Array
  f?: number
}

/** Whether Yjs can read every stored update of the document: y-dexie's own load would stop at the first it cannot, and never finish. */
function readable(updates: readonly UpdateRow[]): boolean {
  const scratch = new Y.Doc({ gc: false })
  try {
    Y.transact(scratch, () => {
      for (const update of updates) Y.applyUpdateV2(scratch, update.u)
    })
    return true
  } catch {
    return false
  } finally {
    scratch.destroy()
  }
}

/**
 * Opens a stored document (its row made on first use) and loads it. A document with an update Yjs
 * cannot read is set aside whole under `<name>.corrupt`, kept for support, and this one starts empty,
 * to be filled from the team server; `setAside` says so.
 */
export async function loadStoredDoc(db: AtlasDb, name: string, accountId: string): Promise<{ doc: Y.Doc; local: DexieYProvider; setAside: boolean } | undefined> {
  if (!(await db.syncDocs.get(name))) await db.syncDocs.put({ id: name, accountId } as never)
  const updates = db.table<UpdateRow, number>(UPDATES_TABLE)
  const setAside = await db.transaction('rw', db.syncDocs, updates, async () => {
    const stored = await updates.where('k').equals(name).toArray()
    if (readable(stored)) return false
    const aside = `${name}${SET_ASIDE_SUFFIX}`
    if (!(await db.syncDocs.get(aside))) await db.syncDocs.put({ id: aside, accountId } as never)
    await updates.bulkPut(stored.map((update) => ({ ...update, k: aside })))
    return true
  })
  if (setAside) log.warn('stored sync document could not be read; set aside and started afresh', name)
  // Read back: y-dexie hangs the document on the row it returns.
  const row = await db.syncDocs.get(name)
  if (!row) return undefined
  const local = DexieYProvider.load(row.doc)
  await local.whenLoaded
  return { doc: row.doc, local, setAside }
}

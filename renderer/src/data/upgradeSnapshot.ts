import { BACKUP_FORMAT, BACKUP_TABLES, type BackupFile } from '#shared/schemas/backup'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { latestVersion } from './migrations'

/**
 * The stored schema version of the named database (Dexie's n, not IndexedDB's 10n), or null when it
 * does not exist or the engine cannot tell without opening it.
 */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null
  const info = (await indexedDB.databases()).find((db) => db.name === name)
  return info?.version ? Math.floor(info.version / 10) : null
}

function readAll(name: string): Promise<{ tables: Record<string, unknown[]> }> {
  return new Promise((resolve, reject) => {
    // No version: opens the database as it is stored, so no upgrade runs.
    const request = indexedDB.open(name)
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      const stores = [...Object.keys(BACKUP_TABLES), 'settings'].filter((store) => db.objectStoreNames.contains(store))
      const tx = db.transaction(stores, 'readonly')
      const tables: Record<string, unknown[]> = {}
      for (const store of stores) tx.objectStore(store).getAll().onsuccess = (event) => (tables[store] = (event.target as IDBRequest<unknown[]>).result)
      tx.oncomplete = () => {
        db.close()
        resolve({ tables })
      }
      tx.onerror = () => {
        db.close()
        reject(tx.error)
      }
    }
  })
}

/**
 * When this build is about to upgrade the stored schema, the database as it is stored, packed as a
 * backup zip before anything opens it (its rows are brought up to date when it is restored, like any
 * older backup's). Null when no upgrade is due.
 */
export async function backupBeforeUpgrade(name: string, app: string, now: number = Date.now()): Promise<Uint8Array | null> {
  const stored = await storedVersion(name)
  if (stored === null || stored >= latestVersion()) return null
  return storedDatabaseZip(name, app, now)
}

/**
 * Every row of the named database exactly as stored, whatever version wrote it, as a backup zip; null
 * when it holds no record. Opened without a version, so it neither upgrades nor refuses a newer one.
 */
export async function storedDatabaseZip(name: string, app: string, now: number = Date.now()): Promise<Uint8Array | null> {
  const { tables } = await readAll(name)
  const { settings = [], ...rows } = tables
  const total = Object.values(rows).reduce((n, list) => n + list.length, 0)
  if (total === 0) return null
  const backup = {
    format: BACKUP_FORMAT,
    version: 3,
    exportedAt: now,
    settings,
    tables: Object.fromEntries(Object.keys(BACKUP_TABLES).map((table) => [table, rows[table] ?? []]))
  } as unknown as BackupFile
  return writeBackupZip(backup, app)
}

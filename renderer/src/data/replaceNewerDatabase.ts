import { Dexie } from 'dexie'
import type { BackupFile } from '#shared/schemas/backup'
import type { AtlasDb } from './db'
import { restoreBackup, type ImportSummary } from './backup'

/**
 * Puts a checked backup in place of a database a newer app wrote (which this build may not write):
 * the database is deleted and made again at this build's schema, then the backup restored into it.
 * The caller keeps the newer data first (a snapshot of storedDatabaseZip) and reloads the app after.
 */
export async function replaceNewerDatabase(db: AtlasDb, backup: BackupFile): Promise<ImportSummary> {
  if (!db.access.readOnly) throw new Error('Only a database written by a newer version is replaced whole')
  db.close()
  await Dexie.delete(db.name)
  await db.open()
  return restoreBackup(db, backup, 'replace')
}

import type { AtlasDb } from '../db'
import { exportBackup } from '../backup'

export interface BackupText {
  /** The backup file's contents: compact JSON. */
  text: string
  /** Stored rows left out because they fail their schema. */
  skipped: number
  /** No record is stored (settings alone do not count: a lost profile leaves none either). */
  empty: boolean
}

/** The whole database as a backup file's text. */
export async function backupText(db: AtlasDb, now: number): Promise<BackupText> {
  const { backup, skipped } = await exportBackup(db, now)
  const empty = Object.values(backup.tables).every((rows) => rows.length === 0)
  return { text: JSON.stringify(backup), skipped, empty }
}

import { previewRestore, type RestorePreview } from '#shared/domain/restorePreview'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { dataUrlBytes } from '#shared/domain/backupZip/base64'
import type { BackupParseError, BackupRead } from '#shared/domain/backup'
import type { BackupFile } from '#shared/schemas/backup'
import type { AtlasDb } from '../db'
import { exportBackup, storedRevisions } from '../backup'
import type { BackupProgress } from './backupProtocol'

// The backup jobs themselves: run in the backup worker, or on the UI thread where no worker runs.

export interface ExportedZip {
  /** The backup file's bytes: a zip (shared/domain/backupZip). */
  bytes: Uint8Array
  /** Stored rows left out because they fail their schema. */
  skipped: number
  /** No record is stored (settings alone do not count: a lost profile leaves none either). */
  empty: boolean
}

/** The whole database as a backup zip. */
export async function exportZip(db: AtlasDb, now: number, app: string, onProgress?: BackupProgress): Promise<ExportedZip> {
  onProgress?.('collecting', 0, 1)
  const { backup, skipped } = await exportBackup(db, now)
  const empty = Object.values(backup.tables).every((rows) => rows.length === 0)
  const bytes = writeBackupZip(backup, app, (done, total) => onProgress?.('packing', done, total))
  return { bytes, skipped, empty }
}

/** Whether the engine can draw an image's bytes; absent where nothing can decode (then the bytes' structure is all that is checked). */
export type ImageDecoder = (bytes: Uint8Array, type: string) => Promise<boolean>

export const browserImageDecoder: ImageDecoder | undefined =
  typeof createImageBitmap === 'function'
    ? async (bytes, type) => {
        try {
          const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }))
          bitmap.close()
          return true
        } catch {
          return false
        }
      }
    : undefined

export type ReadForRestore = { ok: true; backup: BackupFile; preview: RestorePreview } | { ok: false; error: BackupParseError }

/** A backup file read, checked (photos decoded where the engine can) and set against what is stored; nothing is written. */
export async function readForRestore(db: AtlasDb, bytes: Uint8Array, now: number, onProgress?: BackupProgress, decode: ImageDecoder | undefined = browserImageDecoder): Promise<ReadForRestore> {
  const read: BackupRead = readBackupFile(bytes, now, (done, total) => onProgress?.('reading', done, total))
  if (!read.ok) return read
  const photos = read.backup.tables.attachments
  if (decode) {
    for (const [index, photo] of photos.entries()) {
      onProgress?.('checking', index, photos.length)
      const image = dataUrlBytes(photo.dataUrl)
      if (!image || !(await decode(image, photo.mimeType))) return { ok: false, error: { code: 'problems', problems: [{ code: 'badPhoto', table: 'attachments', index }] } }
    }
  }
  onProgress?.('checking', photos.length, photos.length)
  const stored = await storedRevisions(db)
  return { ok: true, backup: read.backup, preview: previewRestore(stored.tables, stored.settings, read.backup) }
}

import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate'
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupFile, type BackupTable } from '#shared/schemas/backup'
import { concatBytes, dataUrlBytes } from './base64'
import { IMAGE_EXTENSIONS } from './photoBytes'
import { MANIFEST_ENTRY, SETTINGS_ENTRY, ZIP_BACKUP_VERSION, photoEntry, tableEntry, type BackupManifest } from './zipLayout'

const TABLES = Object.keys(BACKUP_TABLES) as BackupTable[]
/** Lines handed to the compressor at a time: big enough to compress well, small enough to stay flat in memory. */
const BATCH_CHARS = 1 << 20

/** Progress of a long export: records written of all records. */
export type ZipProgress = (done: number, total: number) => void

/**
 * The backup as a zip (see zipLayout.ts). Photos leave their data URL behind and go in as the image's
 * own bytes, stored (they are compressed already); every other entry is deflated.
 */
export function writeBackupZip(backup: BackupFile, app: string, onProgress?: ZipProgress): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  const mtime = new Date(Math.max(backup.exportedAt, Date.UTC(1980, 1, 1)))
  const total = TABLES.reduce((n, table) => n + backup.tables[table].length, 0)
  let done = 0

  const lines = (name: string, rows: readonly object[], counted: boolean) => {
    const entry = new ZipDeflate(name, { level: 6 })
    entry.mtime = mtime
    zip.add(entry)
    let batch = ''
    for (const row of rows) {
      batch += `${JSON.stringify(row)}\n`
      if (batch.length >= BATCH_CHARS) {
        entry.push(strToU8(batch))
        batch = ''
      }
      if (counted && ++done % 2000 === 0) onProgress?.(done, total)
    }
    entry.push(strToU8(batch), true)
  }

  const photos = backup.tables.attachments
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: ZIP_BACKUP_VERSION,
    exportedAt: backup.exportedAt,
    app,
    settings: backup.settings.length,
    counts: Object.fromEntries(TABLES.map((table) => [table, backup.tables[table].length])) as BackupManifest['counts'],
    photos: photos.length,
    ...(backup.share ? { share: backup.share } : {})
  }
  const head = new ZipDeflate(MANIFEST_ENTRY)
  head.mtime = mtime
  zip.add(head)
  head.push(strToU8(JSON.stringify(manifest, null, 2)), true)
  lines(SETTINGS_ENTRY, backup.settings, false)
  for (const table of TABLES) {
    const rows = table === 'attachments' ? photos.map(({ dataUrl: _bytes, ...row }) => row) : backup.tables[table]
    lines(tableEntry(table), rows, true)
  }
  for (const photo of photos) {
    const bytes = dataUrlBytes(photo.dataUrl)
    if (!bytes) throw new Error(`Photo ${photo.id} is not base64`)
    const entry = new ZipPassThrough(photoEntry(photo.id, IMAGE_EXTENSIONS[photo.mimeType]))
    entry.mtime = mtime
    zip.add(entry)
    entry.push(bytes, true)
  }
  zip.end()
  onProgress?.(total, total)
  if (failure) throw failure
  return concatBytes(chunks)
}

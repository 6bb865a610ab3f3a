import { z } from '#shared/schemas/zod'
import { AccountShareInfo, BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, MAX_BACKUP_SETTINGS, type BackupTable } from '#shared/schemas/backup'
import { MAX_ATTACHMENT_BYTES } from '#shared/schemas/v2entities'
import { BACKUP_LIMITS } from '../backupChecks'

// A backup is a zip: its manifest first, then the settings and one JSON-lines entry per table (one
// record per line), then each photo as its own binary entry. Any size streams: no part is ever one
// string of the whole book, and photos are bytes, not base64.

/** The zip format started at version 4; JSON backups were 1–3. */
export const ZIP_BACKUP_VERSION = BACKUP_VERSION

export const MANIFEST_ENTRY = 'manifest.json'
export const SETTINGS_ENTRY = 'settings.jsonl'
export const tableEntry = (table: BackupTable) => `tables/${table}.jsonl`
export const photoEntry = (id: string, extension: string) => `photos/${id}.${extension}`

export const ZIP_LIMITS = {
  /** Entries of the archive: the tables, the settings, the manifest and one per photo. */
  entries: BACKUP_LIMITS.rowsPerTable + 20,
  manifestBytes: 64 * 1024,
  settingsBytes: 8 * 1024 * 1024,
  /** What one table may unpack to; a zip bomb stops here, or sooner at its first over-long line or extra row. */
  tableBytes: 2 * 1024 * 1024 * 1024 - 1,
  photoBytes: MAX_ATTACHMENT_BYTES,
  /** One line of JSON: the longest field and the rest of its record. */
  lineChars: BACKUP_LIMITS.stringChars + 1024 * 1024
} as const

const count = z.number().int().nonnegative()
/** What the manifest says the archive holds: the import checks it found exactly that. */
export const BackupManifest = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(ZIP_BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  /** The app version that wrote it, for a rep's support question. */
  app: z.string().max(40),
  settings: count.max(MAX_BACKUP_SETTINGS),
  counts: z.strictObject(Object.fromEntries(Object.keys(BACKUP_TABLES).map((table) => [table, count])) as Record<BackupTable, typeof count>),
  photos: count,
  /** Present on one account's file for a colleague. */
  share: AccountShareInfo.optional()
})
export type BackupManifest = z.infer<typeof BackupManifest>

export type ZipEntry =
  | { kind: 'manifest' }
  | { kind: 'settings' }
  | { kind: 'table'; table: BackupTable }
  | { kind: 'photo'; id: string; extension: string }

const TABLE_ENTRY = /^tables\/([A-Za-z]+)\.jsonl$/
const PHOTO_ENTRY = /^photos\/([0-9a-f-]{36})\.(png|jpg|gif|webp)$/

/** What an entry's name says it holds, or null for a name no backup has. */
export function entryOf(name: string): ZipEntry | null {
  if (name === MANIFEST_ENTRY) return { kind: 'manifest' }
  if (name === SETTINGS_ENTRY) return { kind: 'settings' }
  const table = TABLE_ENTRY.exec(name)?.[1]
  if (table !== undefined) return Object.hasOwn(BACKUP_TABLES, table) ? { kind: 'table', table: table as BackupTable } : null
  const photo = PHOTO_ENTRY.exec(name)
  return photo ? { kind: 'photo', id: photo[1]!, extension: photo[2]! } : null
}

/** A zip's local file header signature: the first four bytes of any zip the app writes. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** Whether the archive ends with its end-of-central-directory record: a download cut short does not. */
export function hasZipEnd(bytes: Uint8Array): boolean {
  // The record is 22 bytes plus a comment of up to 65,535; our writer leaves no comment.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at + 22 + (bytes[at + 20]! | (bytes[at + 21]! << 8)) === bytes.length
  }
  return false
}

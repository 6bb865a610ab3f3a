import { DecodeUTF8, Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { ATTACHMENT_TYPES } from '#shared/schemas/v2entities'
import { BACKUP_TABLES, MAX_BACKUP_SETTINGS, type BackupTable } from '#shared/schemas/backup'
import { createBackupReader, refuse, type BackupParseError, type BackupRead } from '../backup'
import { BACKUP_LIMITS, type BackupProblem } from '../backupChecks'
import { bytesToBase64, concatBytes } from './base64'
import { IMAGE_EXTENSIONS } from './photoBytes'
import { BackupManifest, ZIP_LIMITS, entryOf, hasZipEnd, type ZipEntry } from './zipLayout'

/**
 * Bytes handed to the unzipper at a time. Small, because deflate packs up to a thousand to one and the
 * unzipper inflates all it is given before a check can see it: 16 kB unpacks to at most about 16 MB.
 */
const STEP = 1 << 14
/** Progress is reported once per this many steps (1 MB of the file). */
const STEPS_PER_REPORT = 64

/** How far the reading has come: bytes of the file read of all its bytes. */
export type ReadProgress = (done: number, total: number) => void

type Sink = { push(chunk: Uint8Array): void; end(): void }

class Refusal extends Error {
  constructor(readonly reason: BackupParseError) {
    super('refused')
  }
}
const refusal = (problem: BackupProblem) => new Refusal(refuse(problem).error)

/** A stream of UTF-8 bytes cut into lines, none longer than the limit. */
function lineSink(onLine: (line: string, number: number) => void): Sink {
  let carry = ''
  let number = 0
  const decoder = new DecodeUTF8((text, final) => {
    const parts = (carry + text).split('\n')
    carry = parts.pop()!
    for (const line of parts) onLine(line, ++number)
    if (carry.length > ZIP_LIMITS.lineChars) throw refusal({ code: 'stringTooLong' })
    if (final && carry.trim() !== '') onLine(carry, ++number)
  })
  return { push: (chunk) => decoder.push(chunk), end: () => decoder.push(new Uint8Array(0), true) }
}

function parseLine(line: string, name: string, number: number): unknown {
  try {
    return JSON.parse(line)
  } catch (error) {
    throw error instanceof RangeError ? refusal({ code: 'tooDeep' }) : refusal({ code: 'badLine', entry: name.slice(0, 60), line: number })
  }
}

/**
 * Reads a backup zip (zipLayout.ts) as it unpacks, so a hostile archive is refused at its first fault:
 * a name no backup has, an entry that unpacks past its bound (a zip bomb), a line too long or not JSON,
 * more rows than the manifest lists, a photo that is not its image; then what only the whole shows.
 */
export function readBackupZip(bytes: Uint8Array, now: number, onProgress?: ReadProgress): BackupRead {
  const reader = createBackupReader(now)
  let manifest: BackupManifest | null = null
  const settings: unknown[] = []
  const attachments: Record<string, unknown>[] = []
  const photos = new Map<string, { extension: string; bytes: Uint8Array }>()
  let entries = 0
  const open = new Set<string>()
  const seen = new Set<string>()

  const headDone = () => {
    if (!manifest) throw new Refusal({ code: 'notBackup' })
    const error = reader.head({ format: manifest.format, version: manifest.version, exportedAt: manifest.exportedAt, settings })
    if (error) throw new Refusal(error)
  }
  let headRead = false

  const sinkFor = (entry: ZipEntry, name: string): Sink => {
    if (entry.kind === 'manifest') {
      const parts: Uint8Array[] = []
      return {
        push: (chunk) => parts.push(chunk),
        end: () => {
          const text = utf8(parts)
          const parsed = BackupManifest.safeParse(safeJson(text))
          if (!parsed.success) throw new Refusal({ code: 'notBackup' })
          manifest = parsed.data
          for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
            const count = manifest.counts[table]
            if (count > BACKUP_LIMITS.rowsPerTable) throw refusal({ code: 'tooManyRows', table, count, limit: BACKUP_LIMITS.rowsPerTable })
          }
        }
      }
    }
    if (!manifest) throw new Refusal({ code: 'notBackup' })
    if (entry.kind === 'settings') {
      return lineSink((line, number) => {
        if (settings.length >= MAX_BACKUP_SETTINGS) throw refusal({ code: 'countMismatch', table: null })
        settings.push(parseLine(line, name, number))
      })
    }
    if (!headRead) {
      headDone()
      headRead = true
    }
    if (entry.kind === 'table') {
      const { table } = entry
      const expected = manifest.counts[table]
      let rows = 0
      return lineSink((line, number) => {
        if (++rows > expected) throw refusal({ code: 'countMismatch', table })
        const row = parseLine(line, name, number)
        // A photo's row is checked once its bytes are in (they come after the tables).
        if (table === 'attachments') {
          if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Refusal(reader.row(table, row)!)
          attachments.push(row as Record<string, unknown>)
          return
        }
        const error = reader.row(table, row)
        if (error) throw new Refusal(error)
      })
    }
    const parts: Uint8Array[] = []
    return {
      push: (chunk) => parts.push(chunk),
      end: () => {
        if (photos.size >= manifest!.photos) throw refusal({ code: 'countMismatch', table: 'attachments' })
        photos.set(entry.id, { extension: entry.extension, bytes: concatBytes(parts) })
      }
    }
  }

  const limitOf = (entry: ZipEntry) =>
    entry.kind === 'manifest' ? ZIP_LIMITS.manifestBytes : entry.kind === 'settings' ? ZIP_LIMITS.settingsBytes : entry.kind === 'photo' ? ZIP_LIMITS.photoBytes : ZIP_LIMITS.tableBytes

  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  let fault: Refusal | null = null
  unzip.onfile = (file: UnzipFile) => {
    if (fault) return
    try {
      const name = file.name
      if (++entries > ZIP_LIMITS.entries) throw refusal({ code: 'tooManyEntries' })
      const entry = entryOf(name)
      if (!entry) throw entries === 1 ? new Refusal({ code: 'notBackup' }) : refusal({ code: 'unknownEntry', name: name.slice(0, 60) })
      if ((entries === 1) !== (entry.kind === 'manifest')) throw new Refusal({ code: 'notBackup' })
      if (seen.has(name)) throw refusal({ code: 'unknownEntry', name: name.slice(0, 60) })
      seen.add(name)
      if (file.compression !== 0 && file.compression !== 8) throw refusal({ code: 'damagedZip' })
      const sink = sinkFor(entry, name)
      const limit = limitOf(entry)
      let size = 0
      open.add(name)
      file.ondata = (error, chunk, final) => {
        if (fault) return
        try {
          if (error) throw refusal({ code: 'damagedZip' })
          size += chunk.length
          if (size > limit) throw refusal({ code: 'entryTooLarge', name: name.slice(0, 60) })
          sink.push(chunk)
          if (final) {
            sink.end()
            open.delete(name)
          }
        } catch (caught) {
          fault = asRefusal(caught)
          // Thrown on through the unzipper, so it stops at once rather than inflating the rest of its input.
          throw fault
        }
      }
      file.start()
    } catch (caught) {
      fault = asRefusal(caught)
      throw fault
    }
  }

  try {
    for (let at = 0, step = 0; at < bytes.length && !fault; at += STEP, step++) {
      const end = Math.min(at + STEP, bytes.length)
      unzip.push(bytes.subarray(at, end), end === bytes.length)
      if (step % STEPS_PER_REPORT === 0 || end === bytes.length) onProgress?.(end, bytes.length)
    }
  } catch (caught) {
    fault ??= asRefusal(caught)
  }
  try {
    if (fault) throw fault
    if (open.size > 0 || !hasZipEnd(bytes)) throw refusal({ code: 'damagedZip' })
    if (!manifest) throw new Refusal({ code: 'notBackup' })
    if (!headRead) headDone()
    attachPhotos(reader, attachments, photos)
    const counts = manifest as BackupManifest
    for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
      if (reader.count(table) !== counts.counts[table]) throw refusal({ code: 'countMismatch', table })
    }
    if (settings.length !== counts.settings || photos.size !== counts.photos) throw refusal({ code: 'countMismatch', table: null })
  } catch (caught) {
    return { ok: false, error: asRefusal(caught).reason }
  }
  const read = reader.finish()
  const share = (manifest as BackupManifest).share
  return read.ok && share ? { ok: true, backup: { ...read.backup, share } } : read
}

/** Each photo's row gets its bytes back as the data URL the app stores; a row without its image is refused. */
function attachPhotos(reader: ReturnType<typeof createBackupReader>, rows: Record<string, unknown>[], photos: Map<string, { extension: string; bytes: Uint8Array }>) {
  for (const [index, row] of rows.entries()) {
    const photo = typeof row.id === 'string' ? photos.get(row.id) : undefined
    const type = ATTACHMENT_TYPES.find((t) => t === row.mimeType)
    if (!photo || !type || IMAGE_EXTENSIONS[type] !== photo.extension) throw refusal({ code: 'badPhoto', table: 'attachments', index })
    const error = reader.row('attachments', { ...row, dataUrl: `data:${type};base64,${bytesToBase64(photo.bytes)}` })
    if (error) throw new Refusal(error)
  }
}

function asRefusal(caught: unknown): Refusal {
  if (caught instanceof Refusal) return caught
  // fflate throws on a damaged archive (bad deflate data, a header cut short).
  return refusal({ code: 'damagedZip' })
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** UTF-8 of a few parts through fflate's decoder (shared code may not assume TextDecoder). */
function utf8(parts: Uint8Array[]): string {
  let text = ''
  const decoder = new DecodeUTF8((piece) => (text += piece))
  for (const part of parts) decoder.push(part)
  decoder.push(new Uint8Array(0), true)
  return text
}

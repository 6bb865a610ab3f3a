import type { z } from 'zod'
import { BACKUP_TABLES, type BackupTable } from '#shared/schemas/backup'
import type { RecordMeta } from '#shared/schemas/record'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readOne } from '../read'

/** Every table that holds records a screen shows, with the schema its rows must pass (the backup's list). */
export const SCANNED_TABLES = Object.keys(BACKUP_TABLES) as BackupTable[]

export const DEFAULT_CHUNK_SIZE = 1000

export interface ScanProgress {
  table: BackupTable
  /** Rows of `table` checked so far. */
  checked: number
  /** Rows found invalid in the chunk just checked (not repeated in later progress). */
  invalid: InvalidRecord[]
}

export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void
  signal?: AbortSignal
  /** Rows read per query; each chunk is one short read by primary key range. */
  chunkSize?: number
  /**
   * Called whenever validation has run for `sliceMs`: on the UI thread it gives the browser the chance to
   * paint and handle input before the scan goes on. Omitted in a worker, where nothing waits on the scan.
   */
  yieldToHost?: () => Promise<void>
  sliceMs?: number
}

type Key = string | number

/**
 * Reads every row of every record table in chunks by primary key and validates each with the schema and
 * upgrade path the screens use (readOne), so a row an index read would skip is still found. Returns every
 * invalid row; valid rows and rows in an older build's shape that upgrade cleanly are not reported.
 */
export async function scanIntegrity(db: AtlasDb, options: ScanOptions = {}): Promise<InvalidRecord[]> {
  const { onProgress, signal, chunkSize = DEFAULT_CHUNK_SIZE, yieldToHost, sliceMs = Number.POSITIVE_INFINITY } = options
  const found: InvalidRecord[] = []
  let sliceStart = performance.now()
  for (const table of SCANNED_TABLES) {
    const schema: z.ZodType<RecordMeta> = BACKUP_TABLES[table]
    let after: Key | undefined
    let checked = 0
    for (;;) {
      signal?.throwIfAborted()
      const rows: unknown[] = await readChunk(db, table, after, chunkSize)
      if (rows.length === 0) break
      const invalid: InvalidRecord[] = []
      for (const row of rows) {
        const result = readOne(row, schema, table)
        if ('invalid' in result) invalid.push(result.invalid)
        if (yieldToHost && performance.now() - sliceStart >= sliceMs) {
          await yieldToHost()
          signal?.throwIfAborted()
          sliceStart = performance.now()
        }
      }
      checked += rows.length
      found.push(...invalid)
      onProgress?.({ table, checked, invalid })
      if (rows.length < chunkSize) break
      after = (rows[rows.length - 1] as { id: Key }).id
    }
  }
  return found
}

/** The next `limit` rows of `table` after primary key `after` (from the first row when undefined). */
function readChunk(db: AtlasDb, table: BackupTable, after: Key | undefined, limit: number): Promise<unknown[]> {
  const t = db.table(table)
  const collection = after === undefined ? t.orderBy(':id') : t.where(':id').above(after)
  return collection.limit(limit).toArray()
}

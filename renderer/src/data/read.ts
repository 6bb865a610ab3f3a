import type { z } from 'zod'
import { upgradeRow } from '#shared/domain/upgrades'
import { issuePath } from '#shared/schemas/formErrors'
import type { AtlasDb } from './db'
import type { InvalidRecord } from './errors'

export const UNKNOWN_ID = '(unknown)'

function idOf(row: unknown): string {
  if (row !== null && typeof row === 'object' && 'id' in row) {
    const { id } = row as { id: unknown }
    if (typeof id === 'string' && id.length > 0) return id
    if (typeof id === 'number') return String(id)
  }
  return UNKNOWN_ID
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`)
    .join('; ')
}

/**
 * Validates one stored row; a failure becomes an InvalidRecord instead of an exception. A row in an older
 * build's shape (written behind the migrations' back, e.g. by an older window still open) is read through
 * the same upgrade the migration runs.
 */
export function readOne<S extends z.ZodType>(
  row: unknown,
  schema: S,
  table: string
): { item: z.output<S> } | { invalid: InvalidRecord } {
  const parsed = schema.safeParse(row)
  if (parsed.success) return { item: parsed.data }
  const upgraded = upgradeRow(table, row, Date.now())
  if (upgraded !== row) {
    const retry = schema.safeParse(upgraded)
    if (retry.success) return { item: retry.data }
  }
  return { invalid: { table, id: idOf(row), message: describe(parsed.error) } }
}

/**
 * Validates rows read from a table. Rows that fail their schema are reported in `invalid` (table, id
 * and what is wrong) and left in the database untouched; the valid ones are returned as typed items.
 */
export function readValid<T>(
  rows: readonly unknown[],
  schema: z.ZodType<T>,
  table: string
): { items: T[]; invalid: InvalidRecord[] } {
  const items: T[] = []
  const invalid: InvalidRecord[] = []
  for (const row of rows) {
    const result = readOne(row, schema, table)
    if ('item' in result) items.push(result.item)
    else invalid.push(result.invalid)
  }
  return { items, invalid }
}

type Validated = { stored: string; item: unknown }

/** Above this many remembered rows the cache starts over (a few hundred opened accounts' worth). */
const CACHE_LIMIT = 50_000
const validated = new WeakMap<AtlasDb, Map<string, Validated>>()

/**
 * Validates stored rows like `readValid`, but a row whose stored form is exactly what was validated
 * before is not parsed again: a live query that re-runs after one autosave re-validates the saved row,
 * not the 20 pages of dossier beside it, and hands back the same object, so screens can keep their
 * work per row. The stored form (its JSON, which the browser writes far faster than zod checks it) is
 * compared rather than `updatedAt`, so a row changed behind the app's back is still checked. Invalid
 * rows are never remembered: they are reported on every read.
 */
export function readValidCached<T>(db: AtlasDb, rows: readonly unknown[], schema: z.ZodType<T>, table: string): { items: T[]; invalid: InvalidRecord[] } {
  let cache = validated.get(db)
  if (!cache || cache.size > CACHE_LIMIT) validated.set(db, (cache = new Map()))
  const items: T[] = []
  const invalid: InvalidRecord[] = []
  for (const row of rows) {
    const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined
    const key = typeof id === 'string' ? `${table}\u0000${id}` : null
    const stored = JSON.stringify(row)
    const known = key === null ? undefined : cache.get(key)
    if (known && known.stored === stored) {
      items.push(known.item as T)
      continue
    }
    const result = readOne(row, schema, table)
    if ('invalid' in result) {
      invalid.push(result.invalid)
      if (key !== null) cache.delete(key)
      continue
    }
    items.push(result.item as T)
    if (key !== null) cache.set(key, { stored, item: result.item })
  }
  return { items, invalid }
}

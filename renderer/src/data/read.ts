import type { z } from 'zod'
import { upgradeRow } from '#shared/domain/upgrades'
import { issuePath } from '#shared/schemas/formErrors'
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

type Stamp = { updatedAt: unknown; deletedAt: unknown }
const stampOf = (row: unknown): Stamp | undefined =>
  row !== null && typeof row === 'object' ? { updatedAt: (row as Stamp).updatedAt, deletedAt: (row as Stamp).deletedAt } : undefined

/**
 * `readValid` for a live query that re-runs on every change to its table: a row is validated when it is
 * first read and again whenever its `updatedAt` or tombstone moves (every write through the app moves
 * `updatedAt`), so editing one account re-validates one row, not the thousand beside it. A row changed
 * behind the app's back without a new `updatedAt` is caught by the start-up integrity scan instead.
 */
export function cachedReader<T>(schema: z.ZodType<T>, table: string): (rows: readonly unknown[]) => { items: T[]; invalid: InvalidRecord[] } {
  let cache = new Map<string, { stamp: Stamp; result: ReturnType<typeof readOne> }>()
  return (rows) => {
    const next = new Map<string, { stamp: Stamp; result: ReturnType<typeof readOne> }>()
    const items: T[] = []
    const invalid: InvalidRecord[] = []
    for (const row of rows) {
      const id = idOf(row)
      const stamp = stampOf(row)
      const known = id === UNKNOWN_ID ? undefined : cache.get(id)
      const result = known && stamp && known.stamp.updatedAt === stamp.updatedAt && known.stamp.deletedAt === stamp.deletedAt ? known.result : readOne(row, schema, table)
      if (id !== UNKNOWN_ID && stamp) next.set(id, { stamp, result })
      if ('item' in result) items.push(result.item as T)
      else invalid.push(result.invalid)
    }
    cache = next
    return { items, invalid }
  }
}

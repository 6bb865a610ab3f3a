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

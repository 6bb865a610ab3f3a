import type { z } from 'zod'
import { BACKUP_FORMAT, BACKUP_TABLES, BackupFile, type BackupTable } from '../schemas/backup'
import { toFieldErrors, type FieldError } from '../schemas/formErrors'
import type { RecordMeta } from '../schemas/record'
import { BACKUP_LIMITS, fileHeadProblem, recordProblems, rowCountProblem, shapeProblem, type BackupProblem } from './backupChecks'
import { upgradeRow } from './upgrades'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Brings rows written by an older build up to the current schema with the same upgrades the database
 * runs, so an old backup restores into a new app. A visit is a plan if it lay ahead when the backup was made.
 */
function upgradeBackupRows(json: Json): Json {
  if (!isObject(json.tables)) return json
  const at = typeof json.exportedAt === 'number' ? json.exportedAt : Date.now()
  const tables = Object.fromEntries(
    Object.entries(json.tables).map(([table, rows]) => [table, Array.isArray(rows) ? rows.map((row) => upgradeRow(table, row, at)) : rows])
  )
  return { ...json, tables }
}

export type BackupParseError =
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'invalid'; path: string; error: FieldError }
  | { code: 'problems'; problems: BackupProblem[] }

/** Everything of the file but its tables, read first. */
const BackupHead = BackupFile.omit({ tables: true })

const refuse = (...problems: BackupProblem[]) => ({ ok: false as const, error: { code: 'problems' as const, problems } })

/**
 * Reads a backup file's text; anything that is not a valid Account Atlas backup is refused whole, with
 * its first few problems named. Bounds come first (size, nesting, rows per table), then each row's
 * schema, stopping at the first invalid one, then what the schemas cannot see (backupChecks.ts).
 */
export function parseBackup(text: string, now: number = Date.now()): { ok: true; backup: BackupFile } | { ok: false; error: BackupParseError } {
  if (text.length > BACKUP_LIMITS.chars) return refuse({ code: 'tooLarge' })
  let json: unknown
  try {
    // Some editors save UTF-8 with a byte-order mark, which JSON does not allow.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return error instanceof RangeError ? refuse({ code: 'tooDeep' }) : { ok: false, error: { code: 'notJson' } }
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'notBackup' } }
  }
  const shape = shapeProblem(json) ?? (isObject(json.tables) ? rowCountProblem(json.tables) : null)
  if (shape) return refuse(shape)
  const upgraded = upgradeBackupRows(json)
  const { tables, ...head } = upgraded
  const parsedHead = BackupHead.safeParse(head)
  if (!parsedHead.success) return invalid(parsedHead.error, '')
  const headProblem = fileHeadProblem(parsedHead.data, now)
  if (headProblem) return refuse(headProblem)
  if (!isObject(tables) || !Array.isArray(tables.accounts)) return invalid(BackupFile.shape.tables.safeParse(tables).error!, 'tables')
  const rows = {} as Record<BackupTable, RecordMeta[]>
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    const list = (tables[table] ?? []) as unknown[]
    const schema: z.ZodType<RecordMeta> = BACKUP_TABLES[table]
    rows[table] = []
    for (const [i, row] of list.entries()) {
      const parsed = schema.safeParse(row)
      if (!parsed.success) return invalid(parsed.error, `tables.${table}.${i}`)
      rows[table].push(parsed.data)
    }
  }
  const problems = recordProblems(rows as Parameters<typeof recordProblems>[0], now)
  if (problems.length > 0) return refuse(...problems)
  return { ok: true, backup: { ...parsedHead.data, tables: rows as BackupFile['tables'] } }
}

function invalid(error: z.ZodError, prefix: string): { ok: false; error: BackupParseError } {
  const [path, first] = Object.entries(toFieldErrors(error))[0] ?? ['', { key: 'validation.invalid' as const }]
  return { ok: false, error: { code: 'invalid', path: [prefix, path].filter(Boolean).join('.'), error: first } }
}

export interface MergePlan<T> {
  put: T[]
  added: number
  updated: number
  unchanged: number
}

/**
 * Merges incoming rows into what is stored, record by record: a new id is added, a newer
 * `updatedAt` replaces the stored row, an older or equal one is left alone (local edits are never lost).
 */
export function planMerge<T extends { id: string; updatedAt: number }>(
  stored: ReadonlyMap<string, number>,
  incoming: readonly T[]
): MergePlan<T> {
  const plan: MergePlan<T> = { put: [], added: 0, updated: 0, unchanged: 0 }
  for (const row of incoming) {
    const storedAt = stored.get(row.id)
    if (storedAt === undefined) {
      plan.put.push(row)
      plan.added += 1
    } else if (row.updatedAt > storedAt) {
      plan.put.push(row)
      plan.updated += 1
    } else {
      plan.unchanged += 1
    }
  }
  return plan
}


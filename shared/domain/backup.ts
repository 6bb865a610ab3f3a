import type { z } from 'zod'
import { BACKUP_FORMAT, BACKUP_TABLES, BackupFile, type BackupTable } from '../schemas/backup'
import { toFieldErrors, type FieldError } from '../schemas/formErrors'
import type { RecordMeta } from '../schemas/record'
import { BACKUP_LIMITS, fileHeadProblem, recordProblems, rowCountProblem, shapeProblem, type BackupProblem } from './backupChecks'
import { upgradeRow } from './upgrades'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

export type BackupParseError =
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'invalid'; path: string; error: FieldError }
  | { code: 'problems'; problems: BackupProblem[] }

/** Everything of the file but its tables, read first. */
export const BackupHead = BackupFile.omit({ tables: true })
export type BackupHead = z.infer<typeof BackupHead>
export type BackupRead = { ok: true; backup: BackupFile } | { ok: false; error: BackupParseError }

export const refuse = (...problems: BackupProblem[]) => ({ ok: false as const, error: { code: 'problems' as const, problems } })

/**
 * Checks a backup's parts one at a time, as they are read from a JSON file or from a zip's entries: its
 * head first, then each row (bounded, brought up to the current schema, checked against its table's
 * schema), and at the end what only the whole can show (backupChecks.ts). The first fault ends it.
 */
export function createBackupReader(now: number) {
  let head: BackupHead | null = null
  let total = 0
  const rows = Object.fromEntries(Object.keys(BACKUP_TABLES).map((table) => [table, []])) as unknown as Record<BackupTable, RecordMeta[]>
  return {
    head(raw: unknown): BackupParseError | null {
      const parsed = BackupHead.safeParse(raw)
      if (!parsed.success) return invalid(parsed.error, '').error
      const problem = fileHeadProblem(parsed.data, now)
      if (problem) return refuse(problem).error
      head = parsed.data
      return null
    },
    /** One row of `table`; `shapeChecked` when the whole file's nesting and strings were already walked. */
    row(table: BackupTable, raw: unknown, shapeChecked = false): BackupParseError | null {
      const list = rows[table]
      if (list.length >= BACKUP_LIMITS.rowsPerTable) return refuse({ code: 'tooManyRows', table, count: list.length + 1, limit: BACKUP_LIMITS.rowsPerTable }).error
      if (++total > BACKUP_LIMITS.rows) return refuse({ code: 'tooManyRows', table: null, count: total, limit: BACKUP_LIMITS.rows }).error
      const shape = shapeChecked ? null : shapeProblem(raw)
      if (shape) return refuse(shape).error
      const schema: z.ZodType<RecordMeta> = BACKUP_TABLES[table]
      const parsed = schema.safeParse(upgradeRow(table, raw, head?.exportedAt ?? now))
      if (!parsed.success) return invalid(parsed.error, `tables.${table}.${list.length}`).error
      list.push(parsed.data)
      return null
    },
    count: (table: BackupTable) => rows[table].length,
    finish(): BackupRead {
      if (!head) return { ok: false, error: { code: 'notBackup' } }
      const problems = recordProblems(rows as Parameters<typeof recordProblems>[0], now)
      if (problems.length > 0) return refuse(...problems)
      return { ok: true, backup: { ...head, tables: rows as BackupFile['tables'] } }
    }
  }
}

/**
 * Reads a backup file's text (the JSON format of versions 1–3); anything that is not a valid Account
 * Atlas backup is refused whole, with its first few problems named. Bounds come first (size, nesting,
 * rows per table), then each row's schema, stopping at the first invalid one, then what the schemas
 * cannot see (backupChecks.ts).
 */
export function parseBackup(text: string, now: number = Date.now()): BackupRead {
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
  // Row counts first: they cost nothing, while walking a million rows for their nesting takes a second.
  const shape = (isObject(json.tables) ? rowCountProblem(json.tables) : null) ?? shapeProblem(json)
  if (shape) return refuse(shape)
  const { tables, ...head } = json
  const reader = createBackupReader(now)
  const headError = reader.head(head)
  if (headError) return { ok: false, error: headError }
  if (!isObject(tables) || !Array.isArray(tables.accounts)) return invalid(BackupFile.shape.tables.safeParse(tables).error!, 'tables')
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    for (const row of (tables[table] ?? []) as unknown[]) {
      const error = reader.row(table, row, true)
      if (error) return { ok: false, error }
    }
  }
  return reader.finish()
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


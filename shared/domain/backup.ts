import { BACKUP_FORMAT, BackupFile } from '../schemas/backup'
import { toFieldErrors, type FieldError } from '../schemas/formErrors'
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

/** Reads a backup file's text; anything that is not a valid Account Atlas backup is refused whole. */
export function parseBackup(text: string): { ok: true; backup: BackupFile } | { ok: false; error: BackupParseError } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: { code: 'notJson' } }
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'notBackup' } }
  }
  const parsed = BackupFile.safeParse(upgradeBackupRows(json))
  if (parsed.success) return { ok: true, backup: parsed.data }
  const [path, error] = Object.entries(toFieldErrors(parsed.error))[0] ?? ['', { key: 'validation.invalid' as const }]
  return { ok: false, error: { code: 'invalid', path, error } }
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


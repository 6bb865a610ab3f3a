import { BACKUP_TABLES, type BackupFile, type BackupTable } from '../schemas/backup'

/** Merge keeps the newer copy of each record; replace makes the database the file. */
export type RestoreMode = 'merge' | 'replace'

/** One table of a backup set against what is stored. */
export interface RowComparison {
  /** Records (not deleted) in the file, and stored here. */
  inFile: number
  here: number
  /** Ids only the file holds, only this database holds, or both with the file's or this copy newer, or the same. */
  onlyInFile: number
  onlyHere: number
  newerInFile: number
  newerHere: number
  same: number
}
export interface RestorePreview {
  exportedAt: number
  version: number
  /** The earliest record's creation and the latest edit in the file; null for an empty file. */
  range: { from: number; to: number } | null
  tables: ({ table: BackupTable } & RowComparison)[]
  settings: RowComparison
}

type Stored = ReadonlyMap<string, { updatedAt: number; live: boolean }>
type Row = { id: string; updatedAt: number; createdAt?: number; deletedAt?: number | null }

export function compareRows(stored: Stored, incoming: readonly Row[]): RowComparison {
  const comparison: RowComparison = { inFile: 0, here: 0, onlyInFile: 0, onlyHere: 0, newerInFile: 0, newerHere: 0, same: 0 }
  const ids = new Set<string>()
  for (const row of incoming) {
    ids.add(row.id)
    if (row.deletedAt == null) comparison.inFile++
    const here = stored.get(row.id)
    if (!here) comparison.onlyInFile++
    else if (row.updatedAt > here.updatedAt) comparison.newerInFile++
    else if (row.updatedAt < here.updatedAt) comparison.newerHere++
    else comparison.same++
  }
  for (const [id, here] of stored) {
    if (here.live) comparison.here++
    if (!ids.has(id) && here.live) comparison.onlyHere++
  }
  return comparison
}

/** What restoring the file would find: per table, and for the settings, what is new, newer, older or the same. */
export function previewRestore(stored: Record<BackupTable, Stored>, storedSettings: Stored, backup: BackupFile): RestorePreview {
  let from = Infinity
  let to = -Infinity
  const tables = (Object.keys(BACKUP_TABLES) as BackupTable[]).map((table) => {
    for (const row of backup.tables[table]) {
      from = Math.min(from, row.createdAt)
      to = Math.max(to, row.updatedAt)
    }
    return { table, ...compareRows(stored[table], backup.tables[table]) }
  })
  return {
    exportedAt: backup.exportedAt,
    version: backup.version,
    range: Number.isFinite(from) ? { from, to } : null,
    tables,
    settings: compareRows(storedSettings, backup.settings.map((row) => ({ id: row.key, updatedAt: row.updatedAt })))
  }
}

/**
 * What a restore would lose here: records newer here that replace overwrites, and those only here that
 * it removes. Settings only here are kept by a replace (restoreBackup), so they are no loss.
 */
export function restoreLosses(preview: RestorePreview, mode: RestoreMode): { overwritten: number; removed: number } {
  if (mode === 'merge') return { overwritten: 0, removed: 0 }
  const sum = (pick: (t: RowComparison) => number) => preview.tables.reduce((n, t) => n + pick(t), 0)
  return { overwritten: sum((t) => t.newerHere) + preview.settings.newerHere, removed: sum((t) => t.onlyHere) }
}

import { planMerge } from '#shared/domain/backup'
import type { z } from 'zod'
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupFile, type BackupTable } from '#shared/schemas/backup'
import type { RecordMeta } from '#shared/schemas/record'
import { SettingRow } from '#shared/schemas/v2entities'
import type { AtlasDb } from './db'
import { readValid } from './read'

const TABLES = Object.keys(BACKUP_TABLES) as BackupTable[]

/** Every valid record (tombstones included) as a backup file; rows that fail their schema stay behind. */
export async function exportBackup(db: AtlasDb, now: number = Date.now()): Promise<{ backup: BackupFile; skipped: number }> {
  let skipped = 0
  const tables = {} as Record<BackupTable, unknown[]>
  for (const table of TABLES) {
    const schema: z.ZodType<RecordMeta> = BACKUP_TABLES[table]
    const { items, invalid } = readValid(await db.table(table).toArray(), schema, table)
    tables[table] = items
    skipped += invalid.length
  }
  const settings = readValid(await db.settings.toArray(), SettingRow, 'settings')
  skipped += settings.invalid.length
  return { backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, settings: settings.items, tables: tables as BackupFile['tables'] }, skipped }
}

export interface ImportSummary {
  added: number
  updated: number
  unchanged: number
}

/** Merges a parsed backup in one transaction: all of it lands, or (on any failure) none of it. */
export function importBackup(db: AtlasDb, backup: BackupFile): Promise<ImportSummary> {
  return mergeBackup(db, backup, true)
}

/**
 * What importBackup would do, writing nothing: `updated` counts the stored records the backup's newer
 * copies would replace (work no undo brings back, so the rep is asked first).
 */
export function previewImport(db: AtlasDb, backup: BackupFile): Promise<ImportSummary> {
  return mergeBackup(db, backup, false)
}

async function mergeBackup(db: AtlasDb, backup: BackupFile, write: boolean): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 }
  await db.transaction(write ? 'rw' : 'r', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const table of TABLES) {
      const stored = new Map<string, number>()
      await db.table(table).each((row: { id?: unknown; updatedAt?: unknown }) => {
        if (typeof row.id === 'string') stored.set(row.id, typeof row.updatedAt === 'number' ? row.updatedAt : Number.POSITIVE_INFINITY)
      })
      const rows: readonly RecordMeta[] = backup.tables[table]
      const plan = planMerge(stored, rows)
      if (write) await db.table(table).bulkPut(plan.put)
      summary.added += plan.added
      summary.updated += plan.updated
      summary.unchanged += plan.unchanged
    }
    const storedSettings = new Map((await db.settings.toArray()).map((row) => [row.key, typeof row.updatedAt === 'number' ? row.updatedAt : Number.POSITIVE_INFINITY]))
    const plan = planMerge(storedSettings, backup.settings.map((row) => ({ ...row, id: row.key })))
    if (write) await db.settings.bulkPut(plan.put.map(({ id: _key, ...row }) => row))
    summary.added += plan.added
    summary.updated += plan.updated
    summary.unchanged += plan.unchanged
  })
  return summary
}

import { planMerge, type MergePlan } from '#shared/domain/backup'
import type { Table } from 'dexie'
import type { z } from 'zod'
import type { RestoreMode } from '#shared/domain/restorePreview'
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupFile, type BackupTable } from '#shared/schemas/backup'
import type { RecordMeta } from '#shared/schemas/record'
import { SettingRow } from '#shared/schemas/v2entities'
import type { AtlasDb } from './db'
import { readValid } from './read'
import { rebuildSummaries, rebuildSummariesInstead } from './summaries'

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
  return restoreBackup(db, backup, 'merge')
}

type Revisions = Map<string, { updatedAt: number; live: boolean }>
const revisionOf = (row: { updatedAt?: unknown; deletedAt?: unknown }) => ({
  // A stored row without a valid time is treated as newest, so no restore overwrites it unasked.
  updatedAt: typeof row.updatedAt === 'number' ? row.updatedAt : Number.POSITIVE_INFINITY,
  live: row.deletedAt == null
})

/** Every stored record's revision, by table, and the settings': what a restore preview compares with. */
export async function storedRevisions(db: AtlasDb): Promise<{ tables: Record<BackupTable, Revisions>; settings: Revisions }> {
  const tables = {} as Record<BackupTable, Revisions>
  const settings: Revisions = new Map()
  await db.transaction('r', [...TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const table of TABLES) {
      const revisions: Revisions = new Map()
      await db.table(table).each((row: { id?: unknown; updatedAt?: unknown; deletedAt?: unknown }) => {
        if (typeof row.id === 'string') revisions.set(row.id, revisionOf(row))
      })
      tables[table] = revisions
    }
    await db.settings.each((row) => settings.set(row.key, revisionOf(row)))
  })
  return { tables, settings }
}

/** Rows written at a time inside the one transaction, so progress moves while it runs. */
const WRITE_BATCH = 5000

/**
 * Restores a checked backup in one transaction (all of it or, on any failure, none): `merge` keeps the
 * newer copy of each record; `replace` makes the database the file, removing what only it held.
 */
export async function restoreBackup(db: AtlasDb, backup: BackupFile, mode: RestoreMode, onProgress?: (done: number, total: number) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 }
  const total = TABLES.reduce((n, t) => n + backup.tables[t].length, 0) + backup.settings.length
  let done = 0
  // Replace writes every row of the file: what was not new counts as updated.
  const tally = (plan: MergePlan<unknown>, rows: number) => {
    summary.added += plan.added
    summary.updated += mode === 'replace' ? rows - plan.added : plan.updated
    summary.unchanged += mode === 'replace' ? 0 : plan.unchanged
  }
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.settings, db.accountSummaries], async (transaction) => {
    rebuildSummariesInstead(transaction)
    const { tables, settings } = await storedRevisions(db)
    const write = async (table: Table, rows: readonly object[], remove: string[]) => {
      if (remove.length > 0) await table.bulkDelete(remove)
      for (let at = 0; at < rows.length; at += WRITE_BATCH) {
        await table.bulkPut(rows.slice(at, at + WRITE_BATCH))
        done += Math.min(WRITE_BATCH, rows.length - at)
        onProgress?.(done, total)
      }
    }
    for (const table of TABLES) {
      const rows: readonly RecordMeta[] = backup.tables[table]
      const stored = new Map([...tables[table]].map(([id, r]) => [id, r.updatedAt]))
      const plan = planMerge(stored, rows)
      const ids = new Set(rows.map((row) => row.id))
      await write(db.table(table), mode === 'replace' ? rows : plan.put, mode === 'replace' ? [...stored.keys()].filter((id) => !ids.has(id)) : [])
      tally(plan, rows.length)
    }
    const incoming = backup.settings.map((row) => ({ ...row, id: row.key }))
    const plan = planMerge(new Map([...settings].map(([key, r]) => [key, r.updatedAt])), incoming)
    // Replace overwrites the file's settings but removes none: a setting the file lacks keeps this machine's value.
    await write(db.settings, (mode === 'replace' ? incoming : plan.put).map(({ id: _key, ...row }) => row), [])
    tally(plan, incoming.length)
    await rebuildSummaries((name) => db.table(name))
  })
  return summary
}

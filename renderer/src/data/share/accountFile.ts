import type { z } from 'zod'
import type { BackupParseError } from '#shared/domain/backup'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { ACCOUNT_SHARE_TABLES, accountFileProblem, accountShareTables, type AccountFileProblem, type AccountShareTable, type BackupTables } from '#shared/domain/share/accountShare'
import { planShareImport, type SharePlan } from '#shared/domain/share/sharePreview'
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type AccountShareInfo, type BackupFile } from '#shared/schemas/backup'
import type { RecordMeta } from '#shared/schemas/record'
import type { AtlasDb } from '../db'
import { RecordNotFoundError } from '../errors'
import { readValid } from '../read'

/**
 * One account as a file for a colleague: its rows (tombstones too) in the backup zip format, its
 * manifest naming the account. People's sensitive notes are left out unless the rep includes them.
 */
export async function exportAccountFile(db: AtlasDb, accountId: string, options: { includeSensitive: boolean; now?: number; app: string }): Promise<{ bytes: Uint8Array; accountName: string }> {
  const tables = await db.transaction('r', ACCOUNT_SHARE_TABLES.map((t) => db.table(t)), async () => {
    const read = {} as Record<AccountShareTable, unknown[]>
    for (const table of ACCOUNT_SHARE_TABLES) {
      const rows: unknown[] = table === 'accounts' ? [await db.accounts.get(accountId)].filter(Boolean) : await db.table(table).where('accountId').equals(accountId).toArray()
      read[table] = readValid(rows, BACKUP_TABLES[table] as z.ZodType<RecordMeta>, table).items
    }
    return read
  })
  const account = (tables.accounts as BackupTables['accounts'])[0]
  if (!account || account.deletedAt !== null) throw new RecordNotFoundError(db.accounts.name, accountId)
  const share: AccountShareInfo = { accountId, accountName: account.name, sensitiveIncluded: options.includeSensitive }
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now ?? Date.now(),
    settings: [],
    tables: accountShareTables({ ...(tables as unknown as BackupTables), objectionAnswers: [] }, accountId, options),
    share
  }
  return { bytes: writeBackupZip(file, options.app), accountName: account.name }
}

export type AccountFileRead =
  | { ok: true; share: AccountShareInfo; file: BackupFile; plan: SharePlan; local: Partial<Record<AccountShareTable, Record<string, unknown>[]>> }
  | { ok: false; problem: AccountFileProblem }
  | { ok: false; problem: 'unreadable'; error: BackupParseError }

/** A colleague's account file read, checked (like a backup, then as one account's) and compared with what is here; nothing is written. */
export async function readAccountFile(db: AtlasDb, bytes: Uint8Array, now: number = Date.now()): Promise<AccountFileRead> {
  const read = readBackupFile(bytes, now)
  if (!read.ok) return { ok: false, problem: 'unreadable', error: read.error }
  const problem = accountFileProblem(read.backup)
  if (problem) return { ok: false, problem }
  const file = read.backup
  const local: Partial<Record<AccountShareTable, Record<string, unknown>[]>> = {}
  await db.transaction('r', ACCOUNT_SHARE_TABLES.map((t) => db.table(t)), async () => {
    for (const table of ACCOUNT_SHARE_TABLES) {
      const ids = (file.tables[table] as readonly { id: string }[]).map((row) => row.id)
      local[table] = ((await db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[]).filter((row): row is Record<string, unknown> => row !== undefined)
    }
  })
  const plan = planShareImport(local as never, file.tables, { sensitiveIncluded: file.share!.sensitiveIncluded })
  return { ok: true, share: file.share!, file, plan, local }
}

/**
 * Writes what a read account file's plan puts, in one transaction: all of it, or none. A record edited
 * here since the preview (as new as the file's, or newer) keeps the edit; returns how many did.
 */
export async function applyAccountFile(db: AtlasDb, plan: SharePlan): Promise<{ keptEdited: number }> {
  let keptEdited = 0
  await db.transaction('rw', [...ACCOUNT_SHARE_TABLES.map((t) => db.table(t)), db.accountSummaries], async () => {
    for (const table of ACCOUNT_SHARE_TABLES) {
      const rows = plan.put[table]
      if (rows.length === 0) continue
      const now = (await db.table(table).bulkGet(rows.map((row) => row.id))) as ({ updatedAt?: unknown } | undefined)[]
      const fresh = rows.filter((row, i) => {
        const stored = now[i]?.updatedAt
        const newer = stored === undefined || (typeof stored === 'number' && row.updatedAt > stored)
        if (!newer) keptEdited++
        return newer
      })
      if (fresh.length > 0) await db.table(table).bulkPut(fresh)
    }
  })
  return { keptEdited }
}

import type { SnapshotInfo, SnapshotReason } from '#shared/ipc/contract'
import { parseBackup } from '#shared/domain/backup'
import type { BackupFile } from '#shared/schemas/backup'
import { errorMessage, type ImportSummary, type Repositories } from '#data'
import type { HostApi } from '#host/HostApi'
import type { Translate } from '#i18n'

// Rolling snapshots (issue 15): main writes and verifies them; the renderer decides when and supplies the content.

type Backups = Repositories['backup']
export const SNAPSHOT_DUE_AFTER_MS = 24 * 60 * 60 * 1000

export const snapshotsSupported = (host: HostApi): boolean => host.kind === 'electron'

/**
 * Snapshots the whole database now. Null in the browser edition, and when nothing is stored: an empty
 * database (say, after the browser profile was lost) must not push a good snapshot out of the last N.
 */
export async function takeSnapshot(host: HostApi, backups: Backups, reason: SnapshotReason): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  const { text, empty } = await backups.exportText()
  if (empty) return null
  return host.writeSnapshot({ reason, content: text })
}

/** The start-up snapshot: taken when the newest verified one is a day old (or dated ahead of the clock). */
export async function takeDailySnapshotIfDue(host: HostApi, backups: Backups, now: number = Date.now()): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  const newest = await newestVerifiedSnapshot(host)
  const age = newest ? now - newest.createdAt : Infinity
  if (age >= 0 && age < SNAPSHOT_DUE_AFTER_MS) return null
  return takeSnapshot(host, backups, 'daily')
}

export class SnapshotRestoreError extends Error {
  constructor(
    readonly code: 'notBackup' | 'beforeRestoreFailed',
    message: string = code
  ) {
    super(message)
    this.name = 'SnapshotRestoreError'
  }
}

/** The sentence for a failed snapshot step, in the rep's language. */
export function snapshotErrorText(t: Translate, error: unknown): string {
  return error instanceof SnapshotRestoreError ? t(`snapshots.error.${error.code}`) : errorMessage(t, error)
}

/**
 * A before-restore snapshot; a failure stops the restore, which then writes nothing. With `t` the error's
 * message is the rep's sentence, for callers that show `error.message`.
 */
export async function snapshotBeforeRestore(host: HostApi, backups: Backups, t?: Translate): Promise<void> {
  try {
    await takeSnapshot(host, backups, 'before-restore')
  } catch {
    throw new SnapshotRestoreError('beforeRestoreFailed', t?.('snapshots.error.beforeRestoreFailed'))
  }
}

export interface SnapshotRestorePlan {
  snapshot: SnapshotInfo
  backup: BackupFile
  /** What importing it would do (the same merge as a backup import). */
  preview: ImportSummary
}

/** Reads a listed snapshot and previews its import; nothing is written. */
export async function planSnapshotRestore(host: HostApi, backups: Backups, name: string): Promise<SnapshotRestorePlan> {
  const { snapshot, content } = await host.readSnapshot({ name })
  const parsed = parseBackup(content)
  if (!parsed.ok) throw new SnapshotRestoreError('notBackup')
  return { snapshot, backup: parsed.backup, preview: await backups.previewAll(parsed.backup) }
}

/** Imports a planned snapshot through the same path as a backup file, after a snapshot of what is stored now. */
export async function restoreSnapshot(host: HostApi, backups: Backups, plan: SnapshotRestorePlan): Promise<ImportSummary> {
  await snapshotBeforeRestore(host, backups)
  return backups.importAll(plan.backup)
}

export async function newestVerifiedSnapshot(host: HostApi): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  return (await host.listSnapshots()).snapshots.find((snapshot) => snapshot.verified) ?? null
}

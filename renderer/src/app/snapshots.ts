import type { SnapshotInfo, SnapshotReason } from '#shared/ipc/contract'
import { backupBeforeUpgrade, errorMessage, type BackupJobOptions, type OpenRestore, type Repositories } from '#data'
import { createLogger } from '#shared/log'
import type { HostApi } from '#host/HostApi'
import type { Translate } from '#i18n'

// Rolling snapshots (issue 15): main writes and verifies them; the renderer decides when and supplies the content.

type Backups = Repositories['backup']
const log = createLogger('snapshots')
export const SNAPSHOT_DUE_AFTER_MS = 24 * 60 * 60 * 1000

export const snapshotsSupported = (host: HostApi): boolean => host.kind === 'electron'

/**
 * Snapshots the whole database now. Null in the browser edition, and when nothing is stored: an empty
 * database (say, after the browser profile was lost) must not push a good snapshot out of the last N.
 */
export async function takeSnapshot(host: HostApi, backups: Backups, reason: SnapshotReason): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  const { bytes, empty } = await backups.exportZip()
  if (empty) return null
  return host.writeSnapshot({ reason, content: bytes })
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
    readonly code: 'beforeRestoreFailed' | 'notRestorable',
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

/** A listed snapshot's file as bytes: a zip as it is, an older .json snapshot's text as UTF-8. */
async function snapshotBytes(host: HostApi, name: string): Promise<Uint8Array> {
  const { content } = await host.readSnapshot({ name })
  return typeof content === 'string' ? new TextEncoder().encode(content) : content
}

/**
 * Reads a listed snapshot and checks it like a backup file (a zip, or the JSON of older snapshots),
 * with what restoring it would change; nothing is written until its session's restore.
 */
export async function openSnapshot(host: HostApi, backups: Backups, name: string, options: BackupJobOptions): Promise<OpenRestore> {
  return backups.openRestore(await snapshotBytes(host, name), options)
}

export async function newestVerifiedSnapshot(host: HostApi): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  return (await host.listSnapshots()).snapshots.find((snapshot) => snapshot.verified) ?? null
}

/**
 * The desktop app's snapshot before this build upgrades the stored schema, taken before anything opens
 * the database. A failure is logged, not fatal: the rep keeps the daily snapshots either way.
 */
export async function snapshotBeforeUpgrade(host: HostApi, dbName: string, app: string): Promise<SnapshotInfo | null> {
  if (!snapshotsSupported(host)) return null
  try {
    const bytes = await backupBeforeUpgrade(dbName, app)
    return bytes ? await host.writeSnapshot({ reason: 'before-upgrade', content: bytes }) : null
  } catch (error) {
    log.error('snapshot before the schema upgrade failed', error)
    return null
  }
}

/**
 * The way out of a database a newer version wrote: what it holds is kept as a snapshot first (the newer
 * app can restore it), then the newest verified snapshot made by this build takes its place. Throws
 * with the reason when nothing can be done; the caller reloads the app after.
 */
export async function goBackToLastSnapshot(host: HostApi, backups: Backups, snapshot: SnapshotInfo): Promise<void> {
  const bytes = await snapshotBytes(host, snapshot.name)
  const kept = await backups.storedZip()
  if (kept) await host.writeSnapshot({ reason: 'before-restore', content: kept })
  const result = await backups.replaceNewer(bytes)
  if (!result.ok) throw new SnapshotRestoreError('notRestorable')
}

import type { BackupParseError } from '#shared/domain/backup'
import type { RestoreMode, RestorePreview } from '#shared/domain/restorePreview'
import type { ImportSummary } from '../backup'

/** Main thread → backup worker. `read` keeps the checked file in the worker until `restore` (or the worker is closed). */
export type BackupWorkerRequest =
  | { type: 'export'; dbName: string; now: number; app: string }
  | { type: 'read'; dbName: string; now: number; bytes: Uint8Array }
  | { type: 'restore'; mode: RestoreMode }

/** What a long backup job is doing, for its progress bar. */
export type BackupPhase = 'collecting' | 'packing' | 'reading' | 'checking' | 'writing'
export type BackupProgress = (phase: BackupPhase, done: number, total: number) => void

/** Backup worker → main thread. An error carries its name, so a full disk or a read-only database is told as such. */
export type BackupWorkerMessage =
  | { type: 'progress'; phase: BackupPhase; done: number; total: number }
  | { type: 'exported'; bytes: Uint8Array; skipped: number; empty: boolean }
  | { type: 'preview'; preview: RestorePreview }
  | { type: 'refused'; error: BackupParseError }
  | { type: 'restored'; summary: ImportSummary }
  | { type: 'error'; name: string; message: string }

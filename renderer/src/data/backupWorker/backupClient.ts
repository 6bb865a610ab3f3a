import type { RestoreMode, RestorePreview } from '#shared/domain/restorePreview'
import type { BackupParseError } from '#shared/domain/backup'
import type { BackupFile } from '#shared/schemas/backup'
import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import { restoreBackup, type ImportSummary } from '../backup'
import { ReadOnlyDatabaseError } from '../errors'
import { startWorker } from '../startWorker'
import { exportZip, readForRestore, type ExportedZip } from './backupJobs'
import type { BackupProgress, BackupWorkerMessage, BackupWorkerRequest } from './backupProtocol'

const log = createLogger('backup')

/** The part of Worker the backup jobs use, so a test can stand in for one. */
export type BackupWorker = Pick<Worker, 'terminate'> & {
  postMessage(request: BackupWorkerRequest, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<BackupWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}
export type CreateBackupWorker = () => BackupWorker | null

export function createBackupWorker(): BackupWorker | null {
  return startWorker<BackupWorker>(() => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'atlas-backup' }), log, 'Backup worker unavailable; working on the UI thread')
}

export interface BackupJobOptions {
  onProgress?: BackupProgress
  /** Aborting stops the job: the worker is closed, and nothing has been written. */
  signal?: AbortSignal
}

/** The rep cancelled a backup job. */
export class BackupCancelledError extends Error {
  constructor() {
    super('Cancelled')
    this.name = 'AbortError'
  }
}
const WORKER_FAILED = Symbol('worker failed to start')

/** Sends one request and waits for its answer, passing progress on; a cancel closes the worker. */
function ask(worker: BackupWorker, request: BackupWorkerRequest, { onProgress, signal }: BackupJobOptions): Promise<Exclude<BackupWorkerMessage, { type: 'progress' | 'error' }>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      worker.terminate()
      return reject(new BackupCancelledError())
    }
    const cancel = () => {
      worker.terminate()
      reject(new BackupCancelledError())
    }
    signal?.addEventListener('abort', cancel, { once: true })
    const done = () => signal?.removeEventListener('abort', cancel)
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') return onProgress?.(data.phase, data.done, data.total)
      done()
      if (data.type === 'error') reject(data.name === 'ReadOnlyDatabaseError' ? new ReadOnlyDatabaseError() : Object.assign(new Error(data.message), { name: data.name }))
      else resolve(data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      done()
      worker.terminate()
      log.warn('Backup worker failed; working on the UI thread', event.message || event.type)
      reject(WORKER_FAILED)
    }
    worker.postMessage(request)
  })
}

const checkCancel = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new BackupCancelledError()
}

/** The database as a backup zip, made in a worker of its own (closed when done); on this thread where no worker runs. */
export async function exportBackupZip(db: AtlasDb, now: number, app: string, options: BackupJobOptions = {}, createWorker: CreateBackupWorker = createBackupWorker): Promise<ExportedZip> {
  const worker = createWorker()
  if (worker) {
    try {
      const answer = await ask(worker, { type: 'export', dbName: db.name, now, app }, options)
      worker.terminate()
      if (answer.type === 'exported') return { bytes: answer.bytes, skipped: answer.skipped, empty: answer.empty }
      throw new Error(`Unexpected answer ${answer.type}`)
    } catch (error) {
      if (error !== WORKER_FAILED) throw error
    }
  }
  checkCancel(options.signal)
  const result = await exportZip(db, now, app, options.onProgress)
  checkCancel(options.signal)
  return result
}

/** A checked backup file waiting for the rep's choice; close it to let the file go. */
export interface RestoreSession {
  preview: RestorePreview
  restore(mode: RestoreMode, options?: BackupJobOptions): Promise<ImportSummary>
  close(): void
}
export type OpenRestore = { ok: true; session: RestoreSession } | { ok: false; error: BackupParseError }

/** Reads and checks a backup file off the UI thread and compares it with what is stored; nothing is written until `restore`. */
export async function openRestore(db: AtlasDb, bytes: Uint8Array, now: number, options: BackupJobOptions = {}, createWorker: CreateBackupWorker = createBackupWorker): Promise<OpenRestore> {
  const worker = createWorker()
  if (worker) {
    try {
      const answer = await ask(worker, { type: 'read', dbName: db.name, now, bytes }, options)
      if (answer.type === 'refused') {
        worker.terminate()
        return { ok: false, error: answer.error }
      }
      if (answer.type !== 'preview') throw new Error(`Unexpected answer ${answer.type}`)
      return {
        ok: true,
        session: {
          preview: answer.preview,
          restore: async (mode, restoreOptions = {}) => {
            const reply = await ask(worker, { type: 'restore', mode }, { onProgress: restoreOptions.onProgress })
            worker.terminate()
            if (reply.type !== 'restored') throw new Error(`Unexpected answer ${reply.type}`)
            return reply.summary
          },
          close: () => worker.terminate()
        }
      }
    } catch (error) {
      if (error !== WORKER_FAILED) {
        worker.terminate()
        throw error
      }
    }
  }
  checkCancel(options.signal)
  const read = await readForRestore(db, bytes, now, options.onProgress)
  checkCancel(options.signal)
  if (!read.ok) return read
  return { ok: true, session: threadSession(db, read.backup, read.preview) }
}

function threadSession(db: AtlasDb, backup: BackupFile, preview: RestorePreview): RestoreSession {
  return {
    preview,
    restore: (mode, options = {}) => restoreBackup(db, backup, mode, (done, total) => options.onProgress?.('writing', done, total)),
    close: () => undefined
  }
}

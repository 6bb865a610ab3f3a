import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import { backupText, type BackupText } from './backupText'
import type { ExportWorkerMessage, ExportWorkerRequest } from './exportProtocol'
import { startWorker } from '../startWorker'

const log = createLogger('backup')

/** The part of Worker the export uses, so a test can stand in for one. */
export type ExportWorker = Pick<Worker, 'terminate'> & {
  postMessage(request: ExportWorkerRequest): void
  onmessage: ((event: MessageEvent<ExportWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export function createExportWorker(): ExportWorker | null {
  return startWorker<ExportWorker>(() => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'atlas-backup-export' }), log, 'Backup worker unavailable; exporting on the UI thread')
}

/**
 * The database as a backup file's text, made in a worker of its own (closed when done); on this thread
 * where no worker runs, or when the worker itself fails to start.
 */
export function exportBackupText(db: AtlasDb, now: number = Date.now(), createWorker: () => ExportWorker | null = createExportWorker): Promise<BackupText> {
  const worker = createWorker()
  if (!worker) return backupText(db, now)
  return new Promise<BackupText>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      worker.terminate()
      if (data.type === 'exported') resolve({ text: data.text, skipped: data.skipped, empty: data.empty })
      else reject(new Error(data.message))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      log.warn('Backup worker failed; exporting on the UI thread', event.message || event.type)
      backupText(db, now).then(resolve, reject)
    }
    worker.postMessage({ type: 'export', dbName: db.name, now })
  })
}

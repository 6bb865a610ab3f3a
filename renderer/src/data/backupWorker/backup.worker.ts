// Reading, checking, packing and writing a heavy user's book takes seconds; here none of it holds up
// the window. The file read for a restore stays here until the rep chooses merge or replace.
import type { BackupFile } from '#shared/schemas/backup'
import { AtlasDb } from '../db'
import { restoreBackup } from '../backup'
import { exportZip, readForRestore } from './backupJobs'
import type { BackupWorkerMessage, BackupWorkerRequest } from './backupProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null
  postMessage(message: BackupWorkerMessage, transfer?: Transferable[]): void
}

let db: AtlasDb | null = null
let pending: BackupFile | null = null
const progress = (phase: Extract<BackupWorkerMessage, { type: 'progress' }>['phase'], done: number, total: number) => scope.postMessage({ type: 'progress', phase, done, total })
const failed = (error: unknown) =>
  scope.postMessage({ type: 'error', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) })

async function handle(request: BackupWorkerRequest): Promise<void> {
  if (request.type === 'export') {
    db = new AtlasDb(request.dbName)
    const result = await exportZip(db, request.now, request.app, progress)
    scope.postMessage({ type: 'exported', ...result }, [result.bytes.buffer as ArrayBuffer])
  } else if (request.type === 'read') {
    db = new AtlasDb(request.dbName)
    const read = await readForRestore(db, request.bytes, request.now, progress)
    if (!read.ok) return scope.postMessage({ type: 'refused', error: read.error })
    pending = read.backup
    scope.postMessage({ type: 'preview', preview: read.preview })
  } else {
    if (!db || !pending) throw new Error('No backup was read for this restore')
    const summary = await restoreBackup(db, pending, request.mode, (done, total) => progress('writing', done, total))
    pending = null
    scope.postMessage({ type: 'restored', summary })
  }
}

scope.onmessage = ({ data }) => {
  handle(data).catch(failed)
}

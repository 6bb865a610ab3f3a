// The start-up worker: opens the app's database by name and runs the start-up checks off the UI thread,
// posting each report, then `finished` (or `failed`, after which the app runs the checks itself).
import { AtlasDb } from '../db'
import { runStartupChecks } from './startupChecks'
import type { StartupWorkerMessage, StartupWorkerRequest } from './startupWorkerProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StartupWorkerRequest>) => void) | null
  postMessage(message: StartupWorkerMessage): void
}

// The worker shares IndexedDB with the screens: it reads in small chunks and pauses between them, so a
// rep opening an account meanwhile waits for one chunk at most, never for a read of the whole database.
const CHUNK = 250
const WORK_MS = 30
const PAUSE_MS = 15
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MS))

scope.onmessage = (event) => {
  const db = new AtlasDb(event.data.dbName)
  runStartupChecks(db, (report) => scope.postMessage(report), { chunkSize: CHUNK, sliceMs: WORK_MS, yieldToHost: pause })
    .then(
      () => scope.postMessage({ kind: 'finished' }),
      (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    )
    .finally(() => db.close())
}

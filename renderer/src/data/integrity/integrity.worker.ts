// The start-up worker: opens the app's database by name and runs the start-up checks off the UI thread,
// posting each report, then `finished` (or `failed`, after which the app runs the checks itself).
import { AtlasDb } from '../db'
import { runStartupChecks } from './startupChecks'
import type { StartupWorkerMessage, StartupWorkerRequest } from './startupWorkerProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StartupWorkerRequest>) => void) | null
  postMessage(message: StartupWorkerMessage): void
}

scope.onmessage = (event) => {
  const db = new AtlasDb(event.data.dbName)
  runStartupChecks(db, (report) => scope.postMessage(report))
    .then(
      () => scope.postMessage({ kind: 'finished' }),
      (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    )
    .finally(() => db.close())
}

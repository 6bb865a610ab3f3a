import type { StartupCheckReport } from './startupChecks'

/** Main thread → start-up worker: the database to check, by name. */
export type StartupWorkerRequest = { dbName: string }

/** Start-up worker → main thread. */
export type StartupWorkerMessage = StartupCheckReport | { kind: 'finished' } | { kind: 'failed'; message: string }

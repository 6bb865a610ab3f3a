/** Main thread → export worker: export the named database as of `now`. */
export type ExportWorkerRequest = { type: 'export'; dbName: string; now: number }

/** Export worker → main thread: the backup file's text (compact JSON), or why it could not be made. */
export type ExportWorkerMessage =
  | { type: 'exported'; text: string; skipped: number; empty: boolean }
  | { type: 'error'; message: string }

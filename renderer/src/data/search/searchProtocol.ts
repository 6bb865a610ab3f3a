import type { SearchHit } from '#shared/domain/search'

/** Main thread → search worker. `open` comes first; each `query` is answered by a `hits` with its id. */
export type SearchWorkerRequest = { type: 'open'; dbName: string } | { type: 'query'; id: number; text: string; limit: number }

/** Search worker → main thread: a query's hits, that the index is built, or that a change has reached it (ask again). */
export type SearchWorkerMessage =
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'error'; id: number; message: string }
  | { type: 'ready'; docs: number; buildMs: number }
  | { type: 'changed'; updateMs: number; readMs: number; records: number }

import type { TodayAgenda } from '#shared/domain/today'

/** Main thread → Today worker. `open` comes first; each `watch` is a live agenda as of `now` until its `unwatch`. */
export type TodayWorkerRequest = { type: 'open'; dbName: string } | { type: 'watch'; id: number; now: number } | { type: 'unwatch'; id: number }

/** Today worker → main thread: a watch's agenda, again after every write that changes what it read. */
export type TodayWorkerMessage = { type: 'agenda'; id: number; agenda: TodayAgenda } | { type: 'error'; id: number; message: string }

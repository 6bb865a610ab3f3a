import { liveQuery } from 'dexie'
import type { TodayAgenda } from '#shared/domain/today'
import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import { readToday } from './readToday'
import type { TodayWorkerMessage, TodayWorkerRequest } from './todayProtocol'
import { startWorker } from '../startWorker'

const log = createLogger('today')

export interface TodayObserver {
  next(agenda: TodayAgenda): void
  error(error: unknown): void
}

/** The part of Worker the feed uses, so a test can stand in for one. */
export type TodayWorker = Pick<Worker, 'terminate'> & {
  postMessage(request: TodayWorkerRequest): void
  onmessage: ((event: MessageEvent<TodayWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export function createTodayWorker(): TodayWorker | null {
  return startWorker<TodayWorker>(() => new Worker(new URL('./today.worker.ts', import.meta.url), { type: 'module', name: 'atlas-today' }), log, 'Today worker unavailable; building the agenda on the UI thread')
}

type Watch = { now: number; observer: TodayObserver; here?: { unsubscribe(): void } }

/**
 * Live Today agendas of one database, built in the Today worker; on this thread (a Dexie liveQuery, as
 * before) where no worker runs, and for every watch from the moment the worker fails.
 */
export function createTodayFeed(db: AtlasDb, createWorker: () => TodayWorker | null = createTodayWorker) {
  let worker: TodayWorker | null | undefined
  let nextId = 1
  const watches = new Map<number, Watch>()

  const watchHere = (watch: Watch) => {
    watch.here ??= liveQuery(() => readToday(db, watch.now)).subscribe(watch.observer)
  }
  const giveUpWorker = (reason: unknown) => {
    if (!worker) return
    log.warn('Today worker failed; building the agenda on the UI thread', reason)
    worker.terminate()
    worker = null
    for (const watch of watches.values()) watchHere(watch)
  }
  const startWorker = (): TodayWorker | null => {
    const started = createWorker()
    if (!started) return null
    started.onmessage = ({ data }) => {
      const watch = watches.get(data.id)
      if (!watch || watch.here) return
      if (data.type === 'agenda') watch.observer.next(data.agenda)
      else {
        // What failed there is read again here, where a lasting failure reaches the screen's error boundary.
        log.warn('Today worker could not read the agenda', data.message)
        watchHere(watch)
      }
    }
    started.onerror = (event) => {
      event.preventDefault()
      giveUpWorker(event.message || event.type)
    }
    started.postMessage({ type: 'open', dbName: db.name })
    return started
  }

  return {
    /** Calls `observer.next` with the agenda as of `now`, and again after each change; returns the unsubscribe. */
    watch(now: number, observer: TodayObserver): () => void {
      if (worker === undefined) worker = startWorker()
      const id = nextId++
      const watch: Watch = { now, observer }
      watches.set(id, watch)
      if (worker) worker.postMessage({ type: 'watch', id, now })
      else watchHere(watch)
      return () => {
        watches.delete(id)
        watch.here?.unsubscribe()
        worker?.postMessage({ type: 'unwatch', id })
      }
    }
  }
}

const feeds = new WeakMap<AtlasDb, ReturnType<typeof createTodayFeed>>()

/** The one Today feed (and worker) of this database handle. */
export function todayFeedFor(db: AtlasDb): ReturnType<typeof createTodayFeed> {
  let feed = feeds.get(db)
  if (!feed) feeds.set(db, (feed = createTodayFeed(db)))
  return feed
}

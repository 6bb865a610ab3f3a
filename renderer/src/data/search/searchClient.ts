import type { SearchHit } from '#shared/domain/search'
import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import type { LiveSearch } from './liveSearch'
import type { SearchWorkerMessage, SearchWorkerRequest } from './searchProtocol'
import { startWorker } from '../startWorker'

const log = createLogger('search')

function measure(name: string, duration: number, detail?: unknown) {
  try {
    performance.measure(name, { start: performance.now() - duration, duration, detail })
  } catch {
    // A timeline without user timing (a test environment): nothing to record.
  }
}

/** The part of Worker the client uses, so a test can stand in for one. */
export type SearchWorker = Pick<Worker, 'terminate'> & {
  postMessage(request: SearchWorkerRequest): void
  onmessage: ((event: MessageEvent<SearchWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export function createSearchWorker(): SearchWorker | null {
  return startWorker<SearchWorker>(() => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'atlas-search' }), log, 'Search worker unavailable; searching on the UI thread')
}

export interface SearchClient {
  /** The hits for `text`, or null when a newer query replaced this one before it was asked. */
  query(text: string, limit?: number): Promise<SearchHit[] | null>
  /** Called when a change has reached the index. */
  onChange(listener: () => void): () => void
}

type Waiting = { text: string; limit: number; resolve(hits: SearchHit[] | null): void; reject(error: unknown): void }

/**
 * Quick search through the search worker, started at once so its index is built by the time the rep
 * opens search; on this thread (with the same live index) where no worker runs or once it fails.
 * One query is asked at a time and a newer one replaces any still waiting, so typing never queues work.
 */
export function createSearchClient(db: AtlasDb, createWorker: () => SearchWorker | null = createSearchWorker): SearchClient {
  const listeners = new Set<() => void>()
  const changed = () => listeners.forEach((listener) => listener())
  let here: Promise<LiveSearch> | undefined
  let inFlight: (Waiting & { id: number }) | null = null
  let waiting: Waiting | null = null
  let nextId = 1

  const searchHere = () =>
    (here ??= Promise.all([import('#shared/domain/search/pinyinPro'), import('./liveSearch')]).then(
      ([pinyin, { createLiveSearch }]) => {
        const live = createLiveSearch(db, pinyin.toPinyin)
        live.onChange(changed)
        return live
      },
      (error: unknown) => {
        // The next query tries to load it again (a chunk that failed to load once may load now).
        here = undefined
        throw error
      }
    ))

  let worker = createWorker()
  if (worker) {
    worker.onmessage = ({ data }) => {
      // The worker's timings, as measures on this thread's timeline, for the benchmark and the profiler.
      if (data.type === 'ready') return measure('atlas:search-index-built', data.buildMs)
      if (data.type === 'changed') {
        measure('atlas:search-index-update', data.updateMs, { records: data.records, readMs: data.readMs })
        return changed()
      }
      if (!inFlight || data.id !== inFlight.id) return
      const done = inFlight
      inFlight = null
      if (data.type === 'hits') done.resolve(data.hits)
      else {
        log.warn('Search worker could not answer; asking on the UI thread', data.message)
        ask(done)
      }
      pump()
    }
    worker.onerror = (event) => {
      event.preventDefault()
      log.warn('Search worker failed; searching on the UI thread', event.message || event.type)
      worker?.terminate()
      worker = null
      const lost = inFlight
      inFlight = null
      if (lost) ask(lost)
      pump()
    }
    worker.postMessage({ type: 'open', dbName: db.name })
  }

  function ask(request: Waiting) {
    if (worker) {
      inFlight = { ...request, id: nextId++ }
      worker.postMessage({ type: 'query', id: inFlight.id, text: request.text, limit: request.limit })
    } else {
      void searchHere()
        .then((live) => live.search(request.text, request.limit))
        .then(request.resolve, request.reject)
    }
  }

  function pump() {
    if (inFlight || !waiting) return
    const next = waiting
    waiting = null
    ask(next)
  }

  return {
    query(text, limit = 50) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null)
        waiting = { text, limit, resolve, reject }
        pump()
      })
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

const clients = new WeakMap<AtlasDb, SearchClient>()

/** Puts a stand-in client for this database handle (tests of what the screens do when search fails). */
export function standInClientFor(db: AtlasDb, client: SearchClient): void {
  clients.set(db, client)
}

/** The one search client (and worker) of this database handle. */
export function searchClientFor(db: AtlasDb): SearchClient {
  let client = clients.get(db)
  if (!client) clients.set(db, (client = createSearchClient(db)))
  return client
}

import { afterEach, describe, expect, it } from 'vitest'
import type { TodayAgenda } from '#shared/domain/today'
import type { AtlasDb } from '../db'
import { createRepositories } from '../repositories'
import { accountDraft, freshDb } from '../testSupport'
import { createTodayFeed, type TodayWorker } from './todayFeed'
import type { TodayWorkerMessage, TodayWorkerRequest } from './todayProtocol'

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

/** Collects the agendas a watch receives; `next(n)` waits until there are n. */
function collector() {
  const agendas: TodayAgenda[] = []
  const errors: unknown[] = []
  const waiting: { count: number; resolve: () => void }[] = []
  return {
    agendas,
    errors,
    observer: {
      next(agenda: TodayAgenda) {
        agendas.push(agenda)
        for (const w of waiting) if (agendas.length >= w.count) w.resolve()
      },
      error: (error: unknown) => errors.push(error)
    },
    next: (count: number) => new Promise<void>((resolve) => (agendas.length >= count ? resolve() : waiting.push({ count, resolve })))
  }
}

function fakeWorker(onRequest: (request: TodayWorkerRequest, worker: TodayWorker) => void) {
  const state = { requests: [] as TodayWorkerRequest[], terminated: false }
  const worker: TodayWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      state.requests.push(request)
      setTimeout(() => onRequest(request, worker), 0)
    },
    terminate: () => void (state.terminated = true)
  }
  const post = (data: TodayWorkerMessage) => worker.onmessage?.({ data } as MessageEvent<TodayWorkerMessage>)
  return { worker, state, post }
}

describe('the Today feed', () => {
  it('without a worker, builds the agenda on this thread and builds it again after a write', async () => {
    const db = open()
    const repos = createRepositories(db)
    await repos.accounts.create(accountDraft({ name: '华东精密' }))
    const seen = collector()

    const stop = createTodayFeed(db, () => null).watch(Date.now(), seen.observer)
    await seen.next(1)
    expect(seen.agendas[0]?.accountCount).toBe(1)
    await repos.accounts.create(accountDraft({ name: '北方重工' }))
    await seen.next(2)
    stop()

    expect(seen.agendas.at(-1)?.accountCount).toBe(2)
    expect(seen.errors).toEqual([])
  })

  it('passes on the worker’s agendas for each watch and tells it when a watch ends', async () => {
    const db = open()
    const now = Date.now()
    const agenda = { now, accountCount: 7 } as TodayAgenda
    const { worker, state, post } = fakeWorker((request) => {
      if (request.type === 'watch') post({ type: 'agenda', id: request.id, agenda })
    })
    const seen = collector()

    const stop = createTodayFeed(db, () => worker).watch(now, seen.observer)
    await seen.next(1)
    stop()

    expect(seen.agendas).toEqual([agenda])
    expect(state.requests).toEqual([{ type: 'open', dbName: db.name }, { type: 'watch', id: 1, now }, { type: 'unwatch', id: 1 }])
  })

  it('builds the agenda on this thread when the worker cannot load, or cannot read', async () => {
    const db = open()
    await createRepositories(db).accounts.create(accountDraft({ name: '华东精密' }))
    const broken = fakeWorker((_request, worker) => worker.onerror?.({ message: 'Failed to load', type: 'error', preventDefault() {} } as ErrorEvent))
    const unreadable = fakeWorker((request, _worker) => {
      if (request.type === 'watch') unreadable.post({ type: 'error', id: request.id, message: 'UnknownError' })
    })

    for (const { worker } of [broken, unreadable]) {
      const seen = collector()
      const stop = createTodayFeed(db, () => worker).watch(Date.now(), seen.observer)
      await seen.next(1)
      stop()
      expect(seen.agendas[0]?.accountCount).toBe(1)
    }
    expect(broken.state.terminated).toBe(true)
  })
})

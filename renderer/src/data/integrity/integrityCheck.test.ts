import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { createIntegrityCheck, type IntegrityCheck, type IntegrityReport, type StartupWorker } from './integrityCheck'
import { DAMAGED, FIRST_BAD_PERSON, seedWithDamage } from './integrityTestSupport'
import { runStartupChecks } from './startupChecks'
import type { StartupWorkerMessage } from './startupWorkerProtocol'

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

const keys = (report: IntegrityReport) => report.invalid.map((r) => `${r.table}/${r.id}`).sort()

function settled(check: IntegrityCheck): Promise<IntegrityReport> {
  return new Promise((resolve) => {
    const done = () => {
      const report = check.getReport()
      if (report.state === 'done' || report.state === 'failed') resolve(report)
    }
    check.subscribe(done)
    done()
  })
}

/** A stand-in for the start-up worker: `behave` decides what it answers to the request. */
function fakeWorker(behave: (worker: StartupWorker, post: (m: StartupWorkerMessage) => void) => void) {
  const state = { terminated: false, requests: [] as unknown[] }
  const worker: StartupWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: unknown) {
      state.requests.push(request)
      setTimeout(() => behave(worker, (data) => worker.onmessage?.({ data } as MessageEvent<StartupWorkerMessage>)), 0)
    },
    terminate: () => void (state.terminated = true)
  }
  return { worker, state }
}

describe('the start-up integrity check', () => {
  it('without a worker, scans on this thread in idle slices and reports every damaged row', async () => {
    const db = open()
    await seedWithDamage(db)
    let idleWaits = 0
    const check = createIntegrityCheck(db, { createWorker: () => null, idle: async () => void idleWaits++, sliceMs: 0 })
    expect(check.getReport()).toEqual({ state: 'waiting', invalid: [] })

    check.start()
    check.start()
    const report = await settled(check)

    expect(report.state).toBe('done')
    expect(keys(report)).toEqual(DAMAGED)
    // One yield per row validated (sliceMs 0) and one after each batch of accounts the summary repair checks.
    expect(idleWaits).toBe(15)
  })

  it('takes the worker’s reports, each row once, and ends the worker when it has finished', async () => {
    const db = open()
    await seedWithDamage(db)
    const { worker, state } = fakeWorker((_worker, post) => {
      // What integrity.worker.ts does, on this thread; a row reported twice is listed once.
      void runStartupChecks(db, post, { chunkSize: 2 }).then(() => {
        post({ kind: 'integrityProgress', table: 'stakeholders', checked: 8, invalid: [{ table: 'stakeholders', id: FIRST_BAD_PERSON, message: 'again' }] })
        post({ kind: 'finished' })
      })
    })
    const check = createIntegrityCheck(db, { createWorker: () => worker, idle: async () => {} })

    check.start()
    const report = await settled(check)

    expect(state.requests).toEqual([{ dbName: db.name }])
    expect(report.state).toBe('done')
    expect(keys(report)).toEqual(DAMAGED)
    expect(state.terminated).toBe(true)
  })

  it('falls back to this thread when the worker cannot load or fails', async () => {
    const db = open()
    await seedWithDamage(db)
    const broken = fakeWorker((w) => w.onerror?.({ message: 'Failed to load worker script', type: 'error', preventDefault() {} } as ErrorEvent))
    const failing = fakeWorker((_w, post) => post({ kind: 'failed', message: 'indexedDB is not defined' }))

    for (const { worker, state } of [broken, failing]) {
      const check = createIntegrityCheck(db, { createWorker: () => worker, idle: async () => {} })
      check.start()
      const report = await settled(check)
      expect(report.state).toBe('done')
      expect(keys(report)).toEqual(DAMAGED)
      expect(state.terminated).toBe(true)
    }
  })
})

import { createLogger } from '#shared/log'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { mergeInvalidRecords } from './mergeInvalidRecords'
import { runStartupChecks, type StartupCheckReport } from './startupChecks'
import type { StartupWorkerMessage, StartupWorkerRequest } from './startupWorkerProtocol'
import { startWorker } from '../startWorker'

const log = createLogger('integrity')

export interface IntegrityReport {
  /** `waiting` until the start-up checks begin; `failed` keeps whatever was found before the failure. */
  state: 'waiting' | 'running' | 'done' | 'failed'
  /** Every stored row found invalid so far, each table+id once. */
  invalid: readonly InvalidRecord[]
}

export interface IntegrityCheck {
  getReport(): IntegrityReport
  subscribe(listener: () => void): () => void
  /** Runs the start-up checks; only the first call does anything. */
  start(): void
}

/** The part of Worker the check uses, so a test can stand in for a worker that fails. */
export type StartupWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<StartupWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export interface IntegrityCheckDeps {
  /** The start-up worker, or null where workers are unavailable (then the checks run on this thread). */
  createWorker?: () => StartupWorker | null
  /** Waits for the UI thread to be idle; the fallback scan yields through it between short slices. */
  idle?: () => Promise<void>
  /** Milliseconds of validation between yields on the UI thread. */
  sliceMs?: number
}

/** Rows per read and milliseconds of validation per slice when the scan shares the UI thread. */
const UI_THREAD_CHUNK = 250
const UI_THREAD_SLICE_MS = 8

export const EMPTY_INTEGRITY_REPORT: IntegrityReport = { state: 'waiting', invalid: [] }

export function createStartupWorker(): StartupWorker | null {
  return startWorker<StartupWorker>(() => new Worker(new URL('./integrity.worker.ts', import.meta.url), { type: 'module', name: 'atlas-startup-checks' }), log, 'start-up worker unavailable; checking on the UI thread')
}

export function idleYield(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 })
    else setTimeout(resolve, 0)
  })
}

/** The start-up checks of one database: run once, in a worker when there is one, observed by the banner. */
export function createIntegrityCheck(db: AtlasDb, deps: IntegrityCheckDeps = {}): IntegrityCheck {
  const { createWorker = createStartupWorker, idle = idleYield, sliceMs = UI_THREAD_SLICE_MS } = deps
  let report = EMPTY_INTEGRITY_REPORT
  let started = false
  const listeners = new Set<() => void>()

  const update = (next: IntegrityReport) => {
    report = next
    for (const listener of listeners) listener()
  }
  const onReport = (message: StartupCheckReport) => {
    if (message.kind === 'integrityProgress' && message.invalid.length > 0)
      update({ ...report, invalid: mergeInvalidRecords(report.invalid, message.invalid) })
    else if (message.kind === 'integrityDone') update({ ...report, invalid: mergeInvalidRecords(message.invalid) })
  }

  const runHere = () => {
    runStartupChecks(db, onReport, { chunkSize: UI_THREAD_CHUNK, sliceMs, yieldToHost: idle }).then(
      () => update({ ...report, state: 'done' }),
      (error: unknown) => {
        log.error('start-up checks failed', error)
        update({ ...report, state: 'failed' })
      }
    )
  }

  const runInWorker = (worker: StartupWorker) => {
    let settled = false
    const fallBack = (reason: unknown) => {
      if (settled) return
      settled = true
      worker.terminate()
      log.warn('start-up worker failed; checking on the UI thread', reason)
      runHere()
    }
    worker.onmessage = ({ data }) => {
      if (settled) return
      if (data.kind === 'finished') {
        settled = true
        worker.terminate()
        update({ ...report, state: 'done' })
      } else if (data.kind === 'failed') fallBack(data.message)
      else onReport(data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      fallBack(event.message || event.type)
    }
    const request: StartupWorkerRequest = { dbName: db.name }
    worker.postMessage(request)
  }

  return {
    getReport: () => report,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (started) return
      started = true
      update({ ...report, state: 'running' })
      const worker = createWorker()
      if (worker) runInWorker(worker)
      else runHere()
    }
  }
}

const checks = new WeakMap<AtlasDb, IntegrityCheck>()

/** The one integrity check of this database handle for the app's lifetime (React may mount its provider twice). */
export function integrityCheckFor(db: AtlasDb): IntegrityCheck {
  let check = checks.get(db)
  if (!check) checks.set(db, (check = createIntegrityCheck(db)))
  return check
}

import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { repairSummaries } from '../summaries/repair'
import { scanIntegrity, type ScanOptions } from './scanIntegrity'

/**
 * What the start-up checks tell the app as they go. Structured-cloneable: the worker posts each report
 * as it is. A later step adds its own kinds.
 */
export type StartupCheckReport =
  /** Rows found invalid in the chunk just checked; `checked` counts the rows of `table` read so far. */
  | { kind: 'integrityProgress'; table: string; checked: number; invalid: InvalidRecord[] }
  /** The integrity scan is complete: every invalid row in the database. */
  | { kind: 'integrityDone'; invalid: InvalidRecord[] }
  /** Per-account summaries that no longer matched their records, corrected (0 almost always). */
  | { kind: 'summariesRepaired'; count: number }

export type StartupCheckOptions = Pick<ScanOptions, 'signal' | 'chunkSize' | 'yieldToHost' | 'sliceMs'>

/**
 * The work done once per app start, off the first screen's path: in the start-up worker, or on the UI
 * thread in idle slices where no worker runs. Each step reports through `report`; steps run in order.
 */
export async function runStartupChecks(db: AtlasDb, report: (report: StartupCheckReport) => void, options: StartupCheckOptions = {}): Promise<void> {
  // Summaries first: a stale one shows wrong figures on the first screen, a damaged row waits for its banner.
  report({ kind: 'summariesRepaired', count: await repairSummaries(db, { pause: options.yieldToHost, signal: options.signal }) })
  if (options.signal?.aborted) return
  const invalid = await scanIntegrity(db, {
    ...options,
    onProgress: ({ table, checked, invalid }) => report({ kind: 'integrityProgress', table, checked, invalid })
  })
  report({ kind: 'integrityDone', invalid })
}

import { useLiveQuery } from 'dexie-react-hooks'
import type { VisitLike } from '#shared/domain/cadence'
import { AccountSummary, summaryVisits } from '#shared/domain/summaries'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'

/** What the account list shows beside each account row, by account id. */
export type AccountListFacts = {
  visits: ReadonlyMap<string, readonly VisitLike[]>
  lastActivity: ReadonlyMap<string, number>
  coverageWarnings: ReadonlyMap<string, number>
}

/**
 * Every account's summary, one small row each: the list's next visit, last contact, last activity and
 * coverage columns without reading a single person or visit. A damaged summary is skipped here, not
 * reported: it is derived data, and the start-up check rebuilds it from the records themselves.
 */
export async function readAccountListFacts(db: AtlasDb): Promise<AccountListFacts> {
  const rows: unknown[] = await db.accountSummaries.toArray()
  const visits = new Map<string, readonly VisitLike[]>()
  const lastActivity = new Map<string, number>()
  const coverageWarnings = new Map<string, number>()
  for (const row of rows) {
    const parsed = AccountSummary.safeParse(row)
    if (!parsed.success) continue
    const summary = parsed.data
    visits.set(summary.accountId, summaryVisits(summary))
    lastActivity.set(summary.accountId, summary.lastActivityAt)
    coverageWarnings.set(summary.accountId, summary.coverageWarnings)
  }
  return { visits, lastActivity, coverageWarnings }
}

/** Live list facts; undefined while the first read is pending. Re-runs only when a summary changes. */
export function useAccountListFacts(): AccountListFacts | undefined {
  const db = useDb()
  return useLiveQuery(() => readAccountListFacts(db), [db])
}

import { AccountSummary } from '#shared/domain/summaries'
import type { AtlasDb } from '../db'
import { summaryFromRows, updatedAtOf } from './compute'
import { computeAllSummaries } from './rebuild'
import { CHILD_TABLES, SUMMARY_SCOPE } from './scope'
import { parseCoverageSettings } from '#shared/domain/stakeholders'
import { COVERAGE_SETTINGS_KEY } from '../stakeholders/settings'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** One account's summary from its rows, read through the accountId index. */
async function summaryOf(db: AtlasDb, accountId: string) {
  const [account, settingsRow, ...children] = await Promise.all([
    db.accounts.get(accountId) as Promise<unknown>,
    db.settings.get(COVERAGE_SETTINGS_KEY),
    ...CHILD_TABLES.map((name) => db.table(name).where('accountId').equals(accountId).toArray() as Promise<unknown[]>)
  ])
  if (account === undefined) return undefined
  const rowsOf = (name: (typeof CHILD_TABLES)[number]) => children[CHILD_TABLES.indexOf(name)] ?? []
  const otherUpdatedAt = CHILD_TABLES.filter((t) => t !== 'visits' && t !== 'stakeholders').flatMap((t) => rowsOf(t).flatMap((row) => updatedAtOf(row) ?? []))
  return summaryFromRows({ account, visits: rowsOf('visits'), people: rowsOf('stakeholders'), otherUpdatedAt, settings: parseCoverageSettings(settingsRow?.value) })
}

/**
 * Brings every stored summary back in line with the records, for rows written behind the data layer's
 * back (a database restored by hand, a bug). First compares without holding a write lock, then
 * recomputes only the accounts that differ inside one short write transaction, so a rep's save made
 * meanwhile is never overwritten with an older figure. Returns how many summaries it corrected.
 */
export async function repairSummaries(db: AtlasDb): Promise<number> {
  const [expected, stored] = await db.transaction('r', SUMMARY_SCOPE, () =>
    Promise.all([computeAllSummaries((name) => db.table(name)), db.accountSummaries.toArray() as Promise<unknown[]>])
  )
  const storedById = new Map<string, unknown>()
  for (const row of stored) {
    const id = (row as { accountId?: unknown } | null)?.accountId
    if (typeof id === 'string') storedById.set(id, row)
  }
  const wrong = new Set<string>()
  for (const summary of expected) {
    if (!same(storedById.get(summary.accountId), summary)) wrong.add(summary.accountId)
    storedById.delete(summary.accountId)
  }
  for (const id of storedById.keys()) wrong.add(id)
  if (wrong.size === 0) return 0
  await db.transaction('rw', SUMMARY_SCOPE, async () => {
    for (const id of wrong) {
      const summary = await summaryOf(db, id)
      if (summary) await db.accountSummaries.put(AccountSummary.parse(summary))
      else await db.accountSummaries.delete(id)
    }
  })
  return wrong.size
}

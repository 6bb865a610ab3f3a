import { AccountSummary } from '#shared/domain/summaries'
import { parseCoverageSettings, type CoverageSettings } from '#shared/domain/stakeholders'
import type { AtlasDb } from '../db'
import { COVERAGE_SETTINGS_KEY } from '../stakeholders/settings'
import { summaryFromRows, updatedAtOf } from './compute'
import { CHILD_TABLES, SUMMARY_SCOPE } from './scope'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Accounts per batch: a batch is read (and, when wrong, corrected) in its own short transaction. */
const BATCH = 25

export type RepairOptions = {
  /** Called between batches, so the screens' own reads go first (the start-up worker pauses here). */
  pause?: () => Promise<void>
  signal?: AbortSignal
}

/** The summaries of `ids` from their rows, read through the accountId index. */
async function summariesOf(db: AtlasDb, ids: readonly string[], settings: CoverageSettings): Promise<Map<string, AccountSummary>> {
  const [accounts, ...children] = await Promise.all([
    db.accounts.bulkGet([...ids]) as Promise<unknown[]>,
    ...CHILD_TABLES.map((name) => db.table(name).where('accountId').anyOf([...ids]).toArray() as Promise<unknown[]>)
  ])
  const rowsOf = (name: (typeof CHILD_TABLES)[number], id: string) =>
    (children[CHILD_TABLES.indexOf(name)] ?? []).filter((row) => (row as { accountId?: unknown }).accountId === id)
  const summaries = new Map<string, AccountSummary>()
  ids.forEach((id, i) => {
    const account = accounts[i]
    if (account === undefined) return
    const otherUpdatedAt = CHILD_TABLES.filter((t) => t !== 'visits' && t !== 'stakeholders').flatMap((t) => rowsOf(t, id).flatMap((row) => updatedAtOf(row) ?? []))
    const summary = summaryFromRows({ account, visits: rowsOf('visits', id), people: rowsOf('stakeholders', id), otherUpdatedAt, settings })
    if (summary) summaries.set(id, summary)
  })
  return summaries
}

/**
 * Brings every stored summary back in line with the records, for rows written behind the data layer's
 * back (a database restored by hand, a bug). Works a batch of accounts at a time, each read in its own
 * short transaction with a pause between batches, so a rep opening an account meanwhile is not kept
 * waiting behind a read of the whole database; a batch that differs is recomputed and written inside one
 * write transaction, so a save made meanwhile is never overwritten with an older figure. Returns how
 * many summaries it corrected.
 */
export async function repairSummaries(db: AtlasDb, { pause, signal }: RepairOptions = {}): Promise<number> {
  await db.open()
  // A database from a newer version is only read: its summaries are that version's to keep.
  if (db.access.readOnly) return 0
  const [accountIds, storedIds, settingsRow] = await Promise.all([
    db.accounts.toCollection().primaryKeys() as Promise<string[]>,
    db.accountSummaries.toCollection().primaryKeys() as Promise<string[]>,
    db.settings.get(COVERAGE_SETTINGS_KEY)
  ])
  const settings = parseCoverageSettings(settingsRow?.value)
  let corrected = 0
  const known = new Set(accountIds.filter((id) => typeof id === 'string'))
  const orphans = storedIds.filter((id) => !known.has(id))
  if (orphans.length > 0) {
    await db.accountSummaries.bulkDelete(orphans)
    corrected += orphans.length
  }
  const ids = [...known]
  for (let start = 0; start < ids.length; start += BATCH) {
    if (signal?.aborted) break
    const batch = ids.slice(start, start + BATCH)
    const [expected, stored] = await db.transaction('r', SUMMARY_SCOPE, () =>
      Promise.all([summariesOf(db, batch, settings), db.accountSummaries.bulkGet(batch) as Promise<unknown[]>])
    )
    const wrong = batch.filter((id, i) => !same(stored[i], expected.get(id)))
    if (wrong.length > 0) {
      await db.transaction('rw', SUMMARY_SCOPE, async () => {
        const current = parseCoverageSettings((await db.settings.get(COVERAGE_SETTINGS_KEY))?.value)
        const fresh = await summariesOf(db, wrong, current)
        for (const id of wrong) {
          const summary = fresh.get(id)
          if (summary) await db.accountSummaries.put(AccountSummary.parse(summary))
          else await db.accountSummaries.delete(id)
        }
      })
      corrected += wrong.length
    }
    await pause?.()
  }
  return corrected
}

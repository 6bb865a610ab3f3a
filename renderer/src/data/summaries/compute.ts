import { Account, Stakeholder, Visit } from '#shared/schemas'
import { coverageWarningCount, summarizeAccount, visitFacts, type AccountSummary } from '#shared/domain/summaries'
import type { CoverageSettings } from '#shared/domain/stakeholders'
import { readOne } from '../read'

/**
 * Rows as stored, read for one account. Rows that fail their schema are left out of the figures (the
 * start-up integrity scan reports them); this never throws, so a damaged row can never block a save.
 */
export type AccountRows = {
  account: unknown
  visits: readonly unknown[]
  people: readonly unknown[]
  otherUpdatedAt: readonly number[]
  settings: CoverageSettings
}

function valid<T>(rows: readonly unknown[], schema: { safeParse(row: unknown): unknown }, table: string): T[] {
  const items: T[] = []
  for (const row of rows) {
    const result = readOne(row, schema as never, table)
    if ('item' in result) items.push(result.item as T)
  }
  return items
}

export const validAccount = (row: unknown): Account | undefined => {
  if (row === undefined) return undefined
  const result = readOne(row, Account, 'accounts')
  return 'item' in result ? result.item : undefined
}
export const validVisits = (rows: readonly unknown[]) => valid<Visit>(rows, Visit, 'visits')
export const validPeople = (rows: readonly unknown[]) => valid<Stakeholder>(rows, Stakeholder, 'stakeholders')

export const updatedAtOf = (row: unknown): number | undefined => {
  const at = row !== null && typeof row === 'object' ? (row as { updatedAt?: unknown }).updatedAt : undefined
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined
}

/** The summary of one account from its stored rows; undefined when the account row is missing or damaged. */
export function summaryFromRows(rows: AccountRows): AccountSummary | undefined {
  const account = validAccount(rows.account)
  if (!account) return undefined
  return summarizeAccount({
    account,
    visits: validVisits(rows.visits),
    people: validPeople(rows.people),
    otherUpdatedAt: rows.otherUpdatedAt,
    settings: rows.settings
  })
}

export { coverageWarningCount, visitFacts }

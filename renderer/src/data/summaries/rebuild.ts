import type { Table } from 'dexie'
import { AccountSummary } from '#shared/domain/summaries'
import { parseCoverageSettings } from '#shared/domain/stakeholders'
import { COVERAGE_SETTINGS_KEY } from '../stakeholders/settings'
import { summaryFromRows, updatedAtOf } from './compute'
import { CHILD_TABLES, SUMMARY_TABLE } from './scope'

type TableOf = (name: string) => Table

function groupByAccount(rows: readonly unknown[]): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>()
  for (const row of rows) {
    const id = row !== null && typeof row === 'object' ? (row as { accountId?: unknown }).accountId : undefined
    if (typeof id !== 'string') continue
    const group = groups.get(id)
    if (group) group.push(row)
    else groups.set(id, [row])
  }
  return groups
}

/** Every account's summary from scratch, from all stored rows: what the upkeep must always equal. */
export async function computeAllSummaries(tableOf: TableOf): Promise<AccountSummary[]> {
  const [accounts, settingsRow, ...children] = await Promise.all([
    tableOf('accounts').toArray() as Promise<unknown[]>,
    tableOf('settings').get(COVERAGE_SETTINGS_KEY) as Promise<{ value?: unknown } | undefined>,
    ...CHILD_TABLES.map((name) => tableOf(name).toArray() as Promise<unknown[]>)
  ])
  const settings = parseCoverageSettings(settingsRow?.value)
  const grouped = new Map(CHILD_TABLES.map((name, i) => [name, groupByAccount(children[i] ?? [])]))
  const rowsOf = (table: string, accountId: string) => grouped.get(table as never)?.get(accountId) ?? []
  const summaries: AccountSummary[] = []
  for (const account of accounts) {
    const id = (account as { id?: unknown }).id
    if (typeof id !== 'string') continue
    const otherUpdatedAt = CHILD_TABLES.filter((t) => t !== 'visits' && t !== 'stakeholders').flatMap((t) => rowsOf(t, id).flatMap((row) => updatedAtOf(row) ?? []))
    const summary = summaryFromRows({ account, visits: rowsOf('visits', id), people: rowsOf('stakeholders', id), otherUpdatedAt, settings })
    if (summary) summaries.push(summary)
  }
  return summaries
}

/** Replaces every stored summary with one computed from scratch; run it inside a transaction over every source table. */
export async function rebuildSummaries(tableOf: TableOf): Promise<number> {
  const summaries = await computeAllSummaries(tableOf)
  const table = tableOf(SUMMARY_TABLE)
  await table.clear()
  await table.bulkPut(summaries)
  return summaries.length
}

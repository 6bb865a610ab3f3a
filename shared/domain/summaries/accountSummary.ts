import { z } from '#shared/schemas/zod'
import type { Account, Stakeholder, Visit } from '#shared/schemas'
import type { VisitLike } from '../cadence'
import { analyzeCoverage, type CoverageSettings } from '../stakeholders'

/** More visits than a rep logs in a working life on one account; the bound keeps a hostile row small. */
const MAX_DATES = 100_000
const epochMs = z.number().int().nonnegative()

/**
 * What the account list needs to know about an account beyond its own row, kept in `accountSummaries`
 * so the list never reads people or visits. Every field is derived from stored rows: `summarizeAccount`
 * builds it from scratch, the data layer keeps it current on every write.
 *
 * The visit dates are kept rather than "last contact" and "next planned", because both depend on today
 * (a done visit dated tomorrow counts from tomorrow, a plan left in the past is not next): kept as plain
 * numbers they cost a few bytes a visit and stay exact on any later day.
 */
export const AccountSummary = z.object({
  accountId: z.string().min(1),
  /** Dates of the live visits logged as done, ascending. */
  doneDates: z.array(epochMs).max(MAX_DATES),
  /** Dates of the live planned visits, ascending. */
  plannedDates: z.array(epochMs).max(MAX_DATES),
  /** Follow-up tasks on live visits not yet done. */
  openTasks: z.number().int().nonnegative(),
  /** Coverage warnings of the account's live map, by the rep's coverage settings and the account's stage. */
  coverageWarnings: z.number().int().nonnegative(),
  /** The latest `updatedAt` of the account and of any record under it (a deletion is work on the account too). */
  lastActivityAt: epochMs
})
export type AccountSummary = z.infer<typeof AccountSummary>

export type VisitFacts = Pick<AccountSummary, 'doneDates' | 'plannedDates' | 'openTasks'>

type VisitFields = Pick<Visit, 'date' | 'status' | 'deletedAt' | 'tasks'>

/** The visit part of a summary, from every stored visit of one account. */
export function visitFacts(visits: readonly VisitFields[]): VisitFacts {
  const doneDates: number[] = []
  const plannedDates: number[] = []
  let openTasks = 0
  for (const visit of visits) {
    if (visit.deletedAt !== null) continue
    if (visit.status === 'done') doneDates.push(visit.date)
    else if (visit.status === 'planned') plannedDates.push(visit.date)
    for (const task of visit.tasks) if (task.doneAt === null) openTasks += 1
  }
  const ascending = (a: number, b: number) => a - b
  return { doneDates: doneDates.sort(ascending), plannedDates: plannedDates.sort(ascending), openTasks }
}

/** The coverage part of a summary, from every stored person of one account. */
export function coverageWarningCount(people: readonly Stakeholder[], stage: Account['stage'], settings: CoverageSettings): number {
  return analyzeCoverage({ stakeholders: people, stage, settings }).length
}

export type SummaryInput = {
  account: Pick<Account, 'id' | 'stage' | 'updatedAt'>
  visits: readonly VisitFields[]
  people: readonly Stakeholder[]
  /** `updatedAt` of every other record under the account (links, dossier, objections, competitors, history). */
  otherUpdatedAt: readonly number[]
  settings: CoverageSettings
}

/** A summary built from scratch: what the incremental upkeep must always equal. */
export function summarizeAccount({ account, visits, people, otherUpdatedAt, settings }: SummaryInput): AccountSummary {
  let lastActivityAt = account.updatedAt
  for (const row of [...visits, ...people] as { updatedAt?: number }[]) lastActivityAt = Math.max(lastActivityAt, row.updatedAt ?? 0)
  for (const at of otherUpdatedAt) lastActivityAt = Math.max(lastActivityAt, at)
  return {
    accountId: account.id,
    ...visitFacts(visits),
    coverageWarnings: coverageWarningCount(people, account.stage, settings),
    lastActivityAt
  }
}

/**
 * The summary's visits in the shape the cadence functions take, so the list's next-visit and
 * last-contact columns are computed exactly as the account's own pages compute them.
 */
export function summaryVisits(summary: Pick<AccountSummary, 'doneDates' | 'plannedDates'>): VisitLike[] {
  return [
    ...summary.doneDates.map((date) => ({ date, status: 'done' as const, deletedAt: null })),
    ...summary.plannedDates.map((date) => ({ date, status: 'planned' as const, deletedAt: null }))
  ]
}

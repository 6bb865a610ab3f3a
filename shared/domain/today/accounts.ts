import type { Account, BuyerGrade, Classification, OrgGrade, Positioning } from '#shared/schemas'
import { cadenceDays, daysBetween, dueBucket, lastContactAt, nextVisitCadence, type CadenceSource } from '../cadence'
import type { TodayRecords } from './types'

/** Which groups of accounts Today lists; `later` ones are left out. */
export const DUE_GROUPS = ['overdue', 'today', 'thisWeek', 'noVisits'] as const
export type DueGroup = (typeof DUE_GROUPS)[number]

export type DueAccount = {
  accountId: string
  name: string
  classification: Classification
  group: DueGroup
  lastContactAt: number | null
  /** Whole days since the last contact; null when there was none. */
  daysSinceContact: number | null
  dueAt: number | null
  overdueDays: number
  intervalDays: number
  /** What sets the rhythm, for "every 7 days (grade A)". */
  reason: CadenceReason
  plannedAt: number | null
}

export type CadenceReason =
  | { source: 'positioning'; value: Positioning }
  | { source: 'orgGrade'; value: OrgGrade }
  | { source: 'buyerGrade'; value: BuyerGrade }
  | { source: 'override' | 'default' }

function reasonOf(account: Account, source: CadenceSource): CadenceReason {
  if (source === 'positioning' && account.positioning) return { source, value: account.positioning }
  if (source === 'orgGrade' && account.orgGrade) return { source, value: account.orgGrade }
  if (source === 'buyerGrade' && account.buyerGrade) return { source, value: account.buyerGrade }
  return { source: source === 'override' ? 'override' : 'default' }
}

const GROUP_ORDER: Record<DueGroup, number> = { overdue: 0, today: 1, thisWeek: 2, noVisits: 3 }

/**
 * Accounts whose next visit is overdue, due today or due within seven days, and those never visited:
 * the most overdue first, then the soonest due; never-visited ones by name.
 */
export function dueAccounts(records: TodayRecords, now: number): DueAccount[] {
  const rows: DueAccount[] = []
  for (const account of records.accountsById.values()) {
    const visits = records.visitsByAccount.get(account.id) ?? []
    const status = nextVisitCadence(visits, account, now)
    const bucket = dueBucket(status)
    if (bucket === 'later') continue
    const last = lastContactAt(visits, now)
    const { days, source } = cadenceDays(account)
    rows.push({
      accountId: account.id,
      name: account.name,
      classification: account.classification,
      group: bucket,
      lastContactAt: last,
      daysSinceContact: last === null ? null : daysBetween(last, now),
      dueAt: status.kind === 'noVisits' ? null : status.dueAt,
      overdueDays: status.kind === 'due' ? status.overdueDays : 0,
      intervalDays: days,
      reason: reasonOf(account, source),
      plannedAt: status.plannedAt
    })
  }
  return rows.sort(
    (a, b) =>
      GROUP_ORDER[a.group] - GROUP_ORDER[b.group] ||
      b.overdueDays - a.overdueDays ||
      (a.dueAt ?? 0) - (b.dueAt ?? 0) ||
      a.name.localeCompare(b.name, 'zh-CN')
  )
}


import type { VisitKind } from '#shared/schemas'
import { calendarDay } from '../cadence'
import type { TodayRecords } from './types'

/** How far ahead Today shows planned visits, and how far back it asks for a plan's outcome. */
export const PLAN_WINDOW_DAYS = 14

export type PlannedVisit = {
  visitId: string
  accountId: string
  accountName: string
  date: number
  /** "HH:MM" only when the rep set one. */
  time: string | null
  kind: VisitKind
  objective: string
  /** The day has passed and the outcome is not logged yet. */
  unlogged: boolean
}

/**
 * Plans for today and the next 13 days, by day and time (a plan without a time after the timed ones of
 * its day); before them, plans of the last two weeks whose outcome was never logged.
 */
export function plannedVisits(records: TodayRecords, now: number): PlannedVisit[] {
  const today = calendarDay(now)
  const rows: PlannedVisit[] = []
  for (const visit of records.visits) {
    const account = records.accountsById.get(visit.accountId)
    if (!account || visit.status !== 'planned') continue
    const offset = calendarDay(visit.date) - today
    if (offset >= PLAN_WINDOW_DAYS || offset < -PLAN_WINDOW_DAYS) continue
    rows.push({
      visitId: visit.id,
      accountId: account.id,
      accountName: account.name,
      date: visit.date,
      time: visit.time,
      kind: visit.kind,
      objective: visit.objective,
      unlogged: offset < 0
    })
  }
  return rows.sort(
    (a, b) =>
      calendarDay(a.date) - calendarDay(b.date) ||
      (a.time ?? '99:99').localeCompare(b.time ?? '99:99') ||
      a.accountName.localeCompare(b.accountName, 'zh-CN')
  )
}

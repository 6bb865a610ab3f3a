import {
  BUYER_GRADE_TABLE,
  ORG_GRADE_TABLE,
  POSITIONING_TABLE
} from './values/accountAssessments'
import type { BuyerGrade, OrgGrade, Positioning, VisitStatus } from '../schemas/enums'

const DAY = 86_400_000

/** Before positioning or a grade is set (first visit plus 3–5 revisits), keep a two-week rhythm. */
export const DEFAULT_REVISIT_DAYS = 14

/** What sets an account's rhythm: its positioning, organisation grade, buyer grade, or the rep's override. */
export type CadenceAssessments = {
  positioning: Positioning | null
  orgGrade: OrgGrade | null
  buyerGrade: BuyerGrade | null
  cadenceOverrideDays: number | null
}
export type CadenceSource = 'override' | 'positioning' | 'orgGrade' | 'buyerGrade' | 'default'

/**
 * Days between visits: the rep's override when set; otherwise the most frequent of what positioning,
 * organisation grade and buyer grade imply (domain guide §1); two weeks when none is set.
 */
export function cadenceDays(account: CadenceAssessments): { days: number; source: CadenceSource } {
  if (account.cadenceOverrideDays !== null) return { days: account.cadenceOverrideDays, source: 'override' }
  const candidates: { days: number; source: CadenceSource }[] = []
  if (account.positioning) candidates.push({ days: POSITIONING_TABLE[account.positioning].cadenceDays, source: 'positioning' })
  if (account.orgGrade) candidates.push({ days: ORG_GRADE_TABLE[account.orgGrade].cadenceDays, source: 'orgGrade' })
  if (account.buyerGrade) candidates.push({ days: BUYER_GRADE_TABLE[account.buyerGrade].cadenceDays, source: 'buyerGrade' })
  const [first, ...rest] = candidates
  if (!first) return { days: DEFAULT_REVISIT_DAYS, source: 'default' }
  return rest.reduce((best, c) => (c.days < best.days ? c : best), first)
}

/** The local calendar day of an instant, as a day count: differences are whole days across DST and leap days. */
export function calendarDay(ms: number): number {
  const d = new Date(ms)
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY)
}

/** Local noon of the calendar day `days` after the day of `ms`: how visit and task dates are stored. */
export function addCalendarDays(ms: number, days: number): number {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 12).getTime()
}

/** Whole calendar days from the day of `from` to the day of `to`. */
export const daysBetween = (from: number, to: number): number => calendarDay(to) - calendarDay(from)

export type VisitLike = { date: number; status: VisitStatus; deletedAt: number | null }

/** A contact happened: a visit, call or message logged as done, on or before today. A plan never counts. */
export const isContact = (visit: VisitLike, now: number): boolean =>
  visit.deletedAt === null && visit.status === 'done' && calendarDay(visit.date) <= calendarDay(now)

/** The date of the last contact, or null when there was none. */
export function lastContactAt(visits: readonly VisitLike[], now: number): number | null {
  let last: number | null = null
  for (const visit of visits) if (isContact(visit, now) && (last === null || visit.date > last)) last = visit.date
  return last
}

/** The next planned visit from today on, or null. A plan left in the past is not "next". */
export function nextPlannedAt(visits: readonly VisitLike[], now: number): number | null {
  let next: number | null = null
  for (const visit of visits) {
    if (visit.deletedAt !== null || visit.status !== 'planned' || calendarDay(visit.date) < calendarDay(now)) continue
    if (next === null || visit.date < next) next = visit.date
  }
  return next
}

export type CadenceStatus =
  | { kind: 'noVisits'; plannedAt: number | null }
  | { kind: 'due'; dueAt: number; overdueDays: number; intervalDays: number; source: CadenceSource; plannedAt: number | null }
  | { kind: 'ok'; dueAt: number; inDays: number; intervalDays: number; source: CadenceSource; plannedAt: number | null }

/** When the next visit is due: the last contact plus the account's cadence; a plan is reported alongside. */
export function nextVisitCadence(visits: readonly VisitLike[], account: CadenceAssessments, now: number): CadenceStatus {
  const plannedAt = nextPlannedAt(visits, now)
  const last = lastContactAt(visits, now)
  if (last === null) return { kind: 'noVisits', plannedAt }
  const { days: intervalDays, source } = cadenceDays(account)
  const dueAt = addCalendarDays(last, intervalDays)
  const untilDue = daysBetween(now, dueAt)
  if (untilDue <= 0) return { kind: 'due', dueAt, overdueDays: Math.abs(untilDue), intervalDays, source, plannedAt }
  return { kind: 'ok', dueAt, inDays: untilDue, intervalDays, source, plannedAt }
}

export type DueBucket = 'overdue' | 'today' | 'thisWeek' | 'later' | 'noVisits'

/** Where an account falls on the Today screen: overdue, due today, due in the next seven days, or later. */
export function dueBucket(status: CadenceStatus): DueBucket {
  if (status.kind === 'noVisits') return 'noVisits'
  if (status.kind === 'due') return status.overdueDays > 0 ? 'overdue' : 'today'
  return status.inDays <= 7 ? 'thisWeek' : 'later'
}

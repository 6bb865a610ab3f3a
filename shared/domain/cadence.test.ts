import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addCalendarDays, cadenceDays, calendarDay, dueBucket, lastContactAt, nextPlannedAt, nextVisitCadence, type CadenceAssessments, type VisitLike } from './cadence'

// Calendar maths must hold where clocks change: Berlin springs forward on 29 March 2026 and falls back
// on 25 October 2026. process.env.TZ is read by Node on each assignment.
const originalTz = process.env.TZ
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

/** Local time in the test's zone. */
const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime()
const done = (date: number): VisitLike => ({ date, status: 'done', deletedAt: null })
const planned = (date: number): VisitLike => ({ date, status: 'planned', deletedAt: null })
const none: CadenceAssessments = { positioning: null, orgGrade: null, buyerGrade: null, cadenceOverrideDays: null }

describe('cadence: how often to come back', () => {
  it('takes the most frequent of positioning, organisation grade and buyer grade', () => {
    expect(cadenceDays(none)).toEqual({ days: 14, source: 'default' })
    expect(cadenceDays({ ...none, positioning: 'long' })).toEqual({ days: 30, source: 'positioning' })
    expect(cadenceDays({ ...none, positioning: 'long', orgGrade: 'A' })).toEqual({ days: 7, source: 'orgGrade' })
    expect(cadenceDays({ ...none, positioning: 'short', orgGrade: 'C' })).toEqual({ days: 7, source: 'positioning' })
    expect(cadenceDays({ ...none, positioning: 'medium', buyerGrade: 'O' })).toEqual({ days: 3, source: 'buyerGrade' })
    expect(cadenceDays({ ...none, buyerGrade: 'C' })).toEqual({ days: 60, source: 'buyerGrade' })
    expect(cadenceDays({ ...none, orgGrade: 'B', buyerGrade: 'B' })).toEqual({ days: 14, source: 'orgGrade' })
  })

  it('follows the rep\'s override even when it is less frequent than the grades', () => {
    expect(cadenceDays({ positioning: 'short', orgGrade: 'A', buyerGrade: 'O', cadenceOverrideDays: 21 })).toEqual({ days: 21, source: 'override' })
  })
})

describe('last contact', () => {
  const now = local(2026, 12, 1, 9, 30)

  it('counts only contacts logged as done, never a plan, however close', () => {
    expect(lastContactAt([planned(local(2026, 11, 30)), done(local(2026, 11, 20)), planned(local(2026, 12, 3))], now)).toBe(local(2026, 11, 20))
    expect(lastContactAt([planned(local(2026, 11, 30))], now)).toBeNull()
    expect(lastContactAt([{ ...done(local(2026, 11, 28)), deletedAt: 1 }], now)).toBeNull()
  })

  it('counts a visit done today even before its noon date, but not one dated tomorrow', () => {
    expect(lastContactAt([done(local(2026, 12, 1))], now)).toBe(local(2026, 12, 1))
    expect(lastContactAt([done(local(2026, 12, 2))], now)).toBeNull()
  })

  it('offers the next plan from today on, not one left in the past', () => {
    expect(nextPlannedAt([planned(local(2026, 11, 30)), planned(local(2026, 12, 9)), planned(local(2026, 12, 1))], now)).toBe(local(2026, 12, 1))
    expect(nextPlannedAt([planned(local(2026, 11, 30)), done(local(2026, 12, 5))], now)).toBeNull()
  })
})

describe('next visit due', () => {
  it('is due on the right calendar day across a month end', () => {
    // Last seen 25 November, weekly (short-line): due 2 December.
    const status = nextVisitCadence([done(local(2026, 11, 25))], { ...none, positioning: 'short' }, local(2026, 12, 1, 8))
    expect(status).toMatchObject({ kind: 'ok', inDays: 1, intervalDays: 7, source: 'positioning' })
    expect(new Date(status.kind === 'ok' ? status.dueAt : 0).toDateString()).toBe(new Date(2026, 11, 2).toDateString())
  })

  it('counts overdue days from the due day, and due today as zero', () => {
    const visits = [done(local(2026, 11, 1))]
    expect(nextVisitCadence(visits, { ...none, positioning: 'medium' }, local(2026, 11, 15, 23, 59))).toMatchObject({ kind: 'due', overdueDays: 0 })
    expect(nextVisitCadence(visits, { ...none, positioning: 'medium' }, local(2026, 11, 16, 0, 1))).toMatchObject({ kind: 'due', overdueDays: 1 })
    expect(nextVisitCadence(visits, { ...none, orgGrade: 'C' }, local(2026, 12, 11))).toMatchObject({ kind: 'due', overdueDays: 10, intervalDays: 30 })
  })

  it('keeps whole days across both clock changes', () => {
    // 28 March + 2 days crosses the spring-forward night (a 23-hour day).
    expect(nextVisitCadence([done(local(2026, 3, 28))], { ...none, cadenceOverrideDays: 2 }, local(2026, 3, 30, 0, 30))).toMatchObject({ kind: 'due', overdueDays: 0 })
    // 24 October + 1 day crosses the fall-back night (a 25-hour day).
    expect(nextVisitCadence([done(local(2026, 10, 24))], { ...none, cadenceOverrideDays: 1 }, local(2026, 10, 25, 23, 30))).toMatchObject({ kind: 'due', overdueDays: 0 })
    expect(calendarDay(local(2026, 10, 26, 0, 10)) - calendarDay(local(2026, 10, 25, 23, 50))).toBe(1)
  })

  it('handles leap days', () => {
    expect(new Date(addCalendarDays(local(2028, 2, 28), 1)).getDate()).toBe(29)
    expect(new Date(addCalendarDays(local(2027, 2, 28), 1)).getMonth()).toBe(2)
    // Last seen 29 Feb 2028, monthly: due 30 March.
    const status = nextVisitCadence([done(local(2028, 2, 29))], { ...none, positioning: 'long' }, local(2028, 3, 30, 7))
    expect(status).toMatchObject({ kind: 'due', overdueDays: 0 })
  })

  it('reports a plan alongside the cadence, and a plan alone is not a visit', () => {
    const now = local(2026, 12, 1)
    expect(nextVisitCadence([planned(local(2026, 12, 4))], none, now)).toEqual({ kind: 'noVisits', plannedAt: local(2026, 12, 4) })
    expect(nextVisitCadence([done(local(2026, 11, 1)), planned(local(2026, 12, 4))], none, now)).toMatchObject({ kind: 'due', overdueDays: 16, plannedAt: local(2026, 12, 4) })
  })

  it('sorts accounts into overdue, today, this week and later', () => {
    const now = local(2026, 12, 1)
    const bucket = (lastDaysAgo: number) => dueBucket(nextVisitCadence([done(addCalendarDays(now, -lastDaysAgo))], { ...none, positioning: 'medium' }, now))
    expect([bucket(20), bucket(14), bucket(13), bucket(7), bucket(6), bucket(0)]).toEqual(['overdue', 'today', 'thisWeek', 'thisWeek', 'later', 'later'])
    expect(dueBucket(nextVisitCadence([], none, now))).toBe('noVisits')
  })
})

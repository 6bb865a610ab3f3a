import { describe, expect, it } from 'vitest'
import { nextVisitCadence } from './cadence'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 23, 12)

describe('nextVisitCadence', () => {
  it('says there are no visits yet', () => {
    expect(nextVisitCadence([], 'short', NOW)).toEqual({ kind: 'noVisits' })
  })

  it('a short-line account is due a week after the last visit', () => {
    expect(nextVisitCadence([NOW - 3 * DAY, NOW - 20 * DAY], 'short', NOW)).toEqual({ kind: 'ok', dueAt: NOW + 4 * DAY, inDays: 4, intervalDays: 7 })
    expect(nextVisitCadence([NOW - 10 * DAY], 'short', NOW)).toEqual({ kind: 'due', dueAt: NOW - 3 * DAY, overdueDays: 3, intervalDays: 7 })
  })

  it('counts calendar days for a visit logged at noon, whatever the time of day now', () => {
    const visitAtNoon = NOW - 10 * DAY
    expect(nextVisitCadence([visitAtNoon], 'short', NOW - 11 * 3_600_000)).toMatchObject({ kind: 'due', overdueDays: 3 })
    expect(nextVisitCadence([visitAtNoon], 'short', NOW + 11 * 3_600_000)).toMatchObject({ kind: 'due', overdueDays: 3 })
    expect(nextVisitCadence([NOW - 7 * DAY], 'short', NOW - 3 * 3_600_000)).toMatchObject({ kind: 'due', overdueDays: 0 })
  })

  it('uses two weeks for medium-line, a month for long-line, and two weeks before positioning is set', () => {
    expect(nextVisitCadence([NOW - 10 * DAY], 'medium', NOW)).toMatchObject({ kind: 'ok', inDays: 4, intervalDays: 14 })
    expect(nextVisitCadence([NOW - 10 * DAY], 'long', NOW)).toMatchObject({ kind: 'ok', inDays: 20, intervalDays: 30 })
    expect(nextVisitCadence([NOW - 10 * DAY], null, NOW)).toMatchObject({ kind: 'ok', inDays: 4, intervalDays: 14 })
  })

  it('a planned visit in the future takes precedence', () => {
    expect(nextVisitCadence([NOW - 40 * DAY, NOW + 5 * DAY, NOW + 2 * DAY], 'short', NOW)).toEqual({ kind: 'planned', plannedAt: NOW + 2 * DAY })
  })
})

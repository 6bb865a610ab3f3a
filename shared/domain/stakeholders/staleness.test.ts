import { describe, expect, it } from 'vitest'
import { DEFAULT_CONTACT_CADENCE, cadenceFor, lastContactById, staleness } from './staleness'

const DAY = 86_400_000

describe('staleness', () => {
  it('uses the strictest cadence among roles and the coach flag', () => {
    expect(cadenceFor({ roles: ['decisionMaker'], isCoach: false }, DEFAULT_CONTACT_CADENCE)).toBe(60)
    expect(cadenceFor({ roles: ['decisionMaker'], isCoach: true }, DEFAULT_CONTACT_CADENCE)).toBe(14)
    expect(cadenceFor({ roles: [], isCoach: false }, DEFAULT_CONTACT_CADENCE)).toBe(60)
  })

  it('grades days since last contact against the cadence', () => {
    const coach = { roles: [], isCoach: true }
    const now = 100 * DAY
    expect(staleness(coach, now - 10 * DAY, now).level).toBe('fresh')
    expect(staleness(coach, now - 20 * DAY, now)).toEqual({ level: 'due', days: 20, cadenceDays: 14 })
    expect(staleness(coach, now - 40 * DAY, now).level).toBe('stale')
    expect(staleness(coach, null, now).level).toBe('never')
  })

  it('finds the last contact per attendee, ignoring deleted visits and plans', () => {
    const now = Date.UTC(2026, 11, 1, 12)
    const at = (daysAgo: number) => now - daysAgo * 86_400_000
    const last = lastContactById(
      [
        { date: at(30), status: 'done', attendeeIds: ['a', 'b'], deletedAt: null },
        { date: at(9), status: 'done', attendeeIds: ['a'], deletedAt: null },
        { date: at(2), status: 'done', attendeeIds: ['b'], deletedAt: at(1) },
        { date: at(3), status: 'planned', attendeeIds: ['b'], deletedAt: null },
        { date: at(-5), status: 'planned', attendeeIds: ['a', 'c'], deletedAt: null }
      ],
      now
    )
    expect(last.get('a')).toBe(at(9))
    expect(last.get('b')).toBe(at(30))
    expect(last.has('c')).toBe(false)
  })
})

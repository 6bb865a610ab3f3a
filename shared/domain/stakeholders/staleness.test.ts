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

  it('finds the latest visit per attendee, ignoring deleted visits', () => {
    const last = lastContactById([
      { date: 5, attendeeIds: ['a', 'b'], deletedAt: null },
      { date: 9, attendeeIds: ['a'], deletedAt: null },
      { date: 20, attendeeIds: ['b'], deletedAt: 21 }
    ])
    expect(last.get('a')).toBe(9)
    expect(last.get('b')).toBe(5)
  })
})

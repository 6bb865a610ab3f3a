import { describe, expect, it } from 'vitest'
import { STANCES, Stance } from '#shared/schemas/enums'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new value is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['supporter', 'neutral', 'opponent', 'unknown']

describe('stance table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(STANCES).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(Stance.safeParse(code).success, code).toBe(true)
  })
})

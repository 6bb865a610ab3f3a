import { describe, expect, it } from 'vitest'
import { PERSONALITY_TYPES, PersonalityType } from '#shared/schemas/enums'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new value is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['rational', 'impulsive', 'stubborn', 'combative', 'indecisive', 'selfAdmiring', 'arrogant', 'suspicious', 'taciturn', 'haggling']

describe('personality table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(PERSONALITY_TYPES).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(PersonalityType.safeParse(code).success, code).toBe(true)
  })
})

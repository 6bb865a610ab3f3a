import { describe, expect, it } from 'vitest'
import { INFLUENCE_LEVELS, InfluenceLevel } from '#shared/schemas/enums'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new value is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['low', 'medium', 'high']

describe('influence level table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(INFLUENCE_LEVELS).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(InfluenceLevel.safeParse(code).success, code).toBe(true)
  })

  it('keeps the shipped codes in their order (least to most influence), which coverage compares by', () => {
    expect(INFLUENCE_LEVELS.filter((code) => SHIPPED.includes(code))).toEqual(SHIPPED)
  })
})

import { describe, expect, it } from 'vitest'
import { RELATIONSHIP_STAGES, RelationshipStage } from '#shared/schemas/enums'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new value is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['acquaintance', 'meeting', 'recognition', 'trust', 'alliance']

describe('relationship stage table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(RELATIONSHIP_STAGES).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(RelationshipStage.safeParse(code).success, code).toBe(true)
  })

  it('keeps the shipped codes in their order (the order a relationship develops), which coverage compares by', () => {
    expect(RELATIONSHIP_STAGES.filter((code) => SHIPPED.includes(code))).toEqual(SHIPPED)
  })
})

import { describe, expect, it } from 'vitest'
import { OBJECTION_CONTENTS, OBJECTION_HANDLINGS, OBJECTION_NATURES, ObjectionContent, ObjectionHandling, ObjectionNature } from '#shared/schemas/enums'

// The codes already in users' databases. These are the lists that restate the tables, on purpose:
// a new value is added to its table only; a shipped code must never disappear or be renamed.
const SHIPPED = [
  { codes: OBJECTION_CONTENTS, schema: ObjectionContent, shipped: ['need', 'price', 'product', 'timing', 'salesperson', 'service', 'abilityToPay'] },
  { codes: OBJECTION_NATURES, schema: ObjectionNature, shipped: ['genuine', 'false', 'hidden'] },
  { codes: OBJECTION_HANDLINGS, schema: ObjectionHandling, shipped: ['ignore', 'compensate', 'turnAround', 'ask', 'yesIf', 'directRebuttal'] }
]

describe('objection tables', () => {
  it('still hold every shipped code, and the schemas accept each', () => {
    for (const { codes, schema, shipped } of SHIPPED) {
      expect(codes).toEqual(expect.arrayContaining(shipped))
      for (const code of shipped) expect(schema.safeParse(code).success, code).toBe(true)
    }
  })
})

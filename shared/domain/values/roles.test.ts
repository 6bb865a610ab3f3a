import { describe, expect, it } from 'vitest'
import { BUYING_ROLES, BuyingRole } from '#shared/schemas/enums'

// The codes already in users' databases. This is the one list that restates the table, on purpose:
// a new role is added to the table only; a shipped code must never disappear or be renamed.
const SHIPPED = ['decisionMaker', 'buyer', 'user', 'influencer', 'gatekeeper', 'executor', 'technicalEvaluator', 'finance']

describe('role table', () => {
  it('still holds every shipped code, and the schema accepts each', () => {
    expect(BUYING_ROLES).toEqual(expect.arrayContaining(SHIPPED))
    for (const code of SHIPPED) expect(BuyingRole.safeParse(code).success, code).toBe(true)
  })
})

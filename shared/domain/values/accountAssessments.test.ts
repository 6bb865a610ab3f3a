import { describe, expect, it } from 'vitest'
import { CLASSIFICATIONS, Classification, ORG_GRADES, OrgGrade, OWNERSHIPS, Ownership, PIPELINE_STAGES, PipelineStage, POSITIONINGS, Positioning, PYRAMID_TIERS, PyramidTier } from '#shared/schemas/enums'

// The codes already in users' databases: the one list that restates the tables, on purpose (a shipped
// code must never disappear or be renamed). Positioning, stage, grade and tier also keep their order,
// which the pickers, the account list's sort and the cadence follow.
const SHIPPED = [
  ['classification', CLASSIFICATIONS, Classification, ['target', 'watch', 'other']],
  ['positioning', POSITIONINGS, Positioning, ['long', 'medium', 'short']],
  ['org grade', ORG_GRADES, OrgGrade, ['A', 'B', 'C']],
  ['pyramid tier', PYRAMID_TIERS, PyramidTier, ['vip', 'major', 'ordinary', 'small']],
  ['ownership', OWNERSHIPS, Ownership, ['foreign', 'jointVenture', 'stateOwned', 'private']],
  ['pipeline stage', PIPELINE_STAGES, PipelineStage, ['discover', 'verifyNeeds', 'negotiate', 'signContract', 'deliver']]
] as const

describe('account assessment tables', () => {
  it.each(SHIPPED)('%s: every shipped code is still there, in its order, and the schema accepts it', (_name, codes, schema, shipped) => {
    expect(codes.filter((code: string) => (shipped as readonly string[]).includes(code))).toEqual(shipped)
    for (const code of shipped) expect(schema.safeParse(code).success, code).toBe(true)
  })
})

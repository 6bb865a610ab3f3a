import { describe, expect, it } from 'vitest'
import { BUYING_ROLES } from '#shared/schemas/enums'
import { ROLE_TABLE } from '../values/roles'
import { draftBenefits, draftTalkingPoints, talkingPointsFor } from './talkingPoints'

describe('draftBenefits', () => {
  it('leads with the talking point of a single role', () => {
    for (const role of BUYING_ROLES) expect(draftBenefits({ roles: [role], personality: null }), role).toEqual([ROLE_TABLE[role].talkingPoint])
  })

  it('puts the most important role first and never gives more than three', () => {
    expect(
      draftBenefits({ roles: ['user', 'buyer', 'influencer', 'decisionMaker', 'finance'], personality: null })
    ).toEqual(['stakeholders.benefit.returnAndImage', 'stakeholders.benefit.budgetFit', 'stakeholders.benefit.supplyAndService'])
  })

  it('lets the personality shift the emphasis right after the main role, without repeats', () => {
    expect(draftBenefits({ roles: ['user', 'buyer'], personality: 'haggling' })).toEqual([
      'stakeholders.benefit.supplyAndService',
      'stakeholders.benefit.budgetFit',
      'stakeholders.benefit.easeOfUse'
    ])
    expect(draftBenefits({ roles: ['technicalEvaluator'], personality: 'suspicious' })).toEqual(['stakeholders.benefit.proof'])
    expect(draftBenefits({ roles: [], personality: 'haggling' })).toEqual(['stakeholders.benefit.budgetFit'])
    expect(draftBenefits({ roles: [], personality: 'taciturn' })).toEqual([])
  })
})

describe('draftTalkingPoints', () => {
  it('writes the points and the approach in the rep’s language', () => {
    const zh = draftTalkingPoints({ roles: ['user'], personality: 'suspicious' }, 'zh-CN')
    expect(zh.points).toEqual(['操作更简单，每天都能给团队省时间。', '可行性有保证：可以试机、看测试数据、参观样板客户。'])
    expect(zh.approach).toContain('成功案例')
    const en = draftTalkingPoints({ roles: ['decisionMaker'], personality: null }, 'en')
    expect(en.points[0]).toMatch(/return on the investment/)
    expect(en.approach).toBeNull()
  })

  it('keeps the rep’s edited points (at most three, blanks dropped) over the draft', () => {
    const edited = talkingPointsFor(
      { roles: ['user'], personality: null, talkingPoints: ['  A ', '', 'B', 'C', 'D'] },
      'en'
    )
    expect(edited.points).toEqual(['A', 'B', 'C'])
    expect(talkingPointsFor({ roles: ['user'], personality: null, talkingPoints: [' '] }, 'en').points[0]).toMatch(/Easier/)
  })
})

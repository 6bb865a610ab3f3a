import { describe, expect, it } from 'vitest'
import { draftBenefits, draftTalkingPoints, talkingPointsFor } from './talkingPoints'

describe('draftBenefits', () => {
  it('maps each role to what it cares about', () => {
    expect(draftBenefits({ roles: ['user'], personality: null })).toEqual(['easeOfUse'])
    expect(draftBenefits({ roles: ['decisionMaker'], personality: null })).toEqual(['returnAndImage'])
    expect(draftBenefits({ roles: ['buyer'], personality: null })).toEqual(['supplyAndService'])
    expect(draftBenefits({ roles: ['influencer'], personality: null })).toEqual(['technologyAndReferences'])
    expect(draftBenefits({ roles: ['technicalEvaluator'], personality: null })).toEqual(['proof'])
    expect(draftBenefits({ roles: ['finance'], personality: null })).toEqual(['budgetFit'])
  })

  it('puts the most important role first and never gives more than three', () => {
    expect(
      draftBenefits({ roles: ['user', 'buyer', 'influencer', 'decisionMaker', 'finance'], personality: null })
    ).toEqual(['returnAndImage', 'budgetFit', 'supplyAndService'])
  })

  it('lets the personality shift the emphasis right after the main role, without repeats', () => {
    expect(draftBenefits({ roles: ['user', 'buyer'], personality: 'haggling' })).toEqual([
      'supplyAndService',
      'budgetFit',
      'easeOfUse'
    ])
    expect(draftBenefits({ roles: ['technicalEvaluator'], personality: 'suspicious' })).toEqual(['proof'])
    expect(draftBenefits({ roles: [], personality: 'haggling' })).toEqual(['budgetFit'])
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

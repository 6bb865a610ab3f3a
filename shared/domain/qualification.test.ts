import { describe, expect, it } from 'vitest'
import { emptyQualification, type QualificationAnswers } from '../schemas/account'
import { ACCESS_KEYS, ABILITY_KEYS, FIT_KEYS, assessDerivedQualification, assessQualification, deriveQualification } from './qualification'
import { person } from './stakeholders/testPeople'

const answers = (ticked: Partial<QualificationAnswers>): QualificationAnswers => ({ ...emptyQualification(), ...ticked })
const allAccess = { talksToUsingDepartment: true, talksToDecisionMaker: true, needConfirmed: true }

describe('assessQualification', () => {
  it('nothing ticked is not qualified and lists every gap', () => {
    const result = assessQualification(emptyQualification())
    expect(result.verdict).toBe('notQualified')
    expect(result.standard1Gaps).toEqual(['fit', 'ability'])
    expect(result.standard2Missing).toEqual([...ACCESS_KEYS])
  })

  it.each(FIT_KEYS.flatMap((fit) => ABILITY_KEYS.map((ability) => [fit, ability] as const)))(
    'any fit (%s) with any ability (%s) meets Standard 1',
    (fit, ability) => {
      const result = assessQualification(answers({ [fit]: true, [ability]: true }))
      expect(result.standard1).toBe(true)
      expect(result.verdict).toBe('standard1Only')
    }
  )

  it('fit without ability does not meet Standard 1', () => {
    const result = assessQualification(answers({ productFitsIndustry: true, projectKnown: true, technologyMatches: true }))
    expect(result.standard1).toBe(false)
    expect(result.standard1Gaps).toEqual(['ability'])
  })

  it('ability without fit does not meet Standard 1', () => {
    const result = assessQualification(answers({ goodCredit: true, healthyOperations: true }))
    expect(result.standard1).toBe(false)
    expect(result.standard1Gaps).toEqual(['fit'])
  })

  it.each(ACCESS_KEYS)('Standard 2 fails when %s is missing', (missing) => {
    const result = assessQualification(answers({ ...allAccess, [missing]: false }))
    expect(result.standard2).toBe(false)
    expect(result.standard2Missing).toEqual([missing])
  })

  it('Standard 2 alone is access without proven fit', () => {
    expect(assessQualification(answers(allAccess)).verdict).toBe('standard2Only')
  })

  it('both standards make a qualified prospect', () => {
    const result = assessQualification(answers({ ...allAccess, technologyMatches: true, healthyOperations: true }))
    expect(result).toEqual({ standard1: true, standard2: true, verdict: 'qualified', standard1Gaps: [], standard2Missing: [] })
  })
})

describe('deriveQualification', () => {
  it('knows we talk to the decision-maker once a decision-maker or buyer has a logged contact', () => {
    const chair = person({ roles: ['decisionMaker'] })
    const buyer = person({ roles: ['buyer'] })
    const user = person({ roles: ['user'] })
    expect(deriveQualification([chair, buyer, user], new Map())).toEqual({ talksToDecisionMaker: false, talksToUsingDepartment: false })
    expect(deriveQualification([chair, buyer, user], new Map([[buyer.id, 1]]))).toEqual({ talksToDecisionMaker: true, talksToUsingDepartment: false })
    expect(deriveQualification([chair, user], new Map([[user.id, 1]]))).toEqual({ talksToDecisionMaker: false, talksToUsingDepartment: true })
  })

  it('does not count a contact with someone who has left', () => {
    const gone = person({ roles: ['decisionMaker', 'user'], departedAt: 5 })
    expect(deriveQualification([gone], new Map([[gone.id, 1]]))).toEqual({ talksToDecisionMaker: false, talksToUsingDepartment: false })
  })
})

describe('assessDerivedQualification', () => {
  it('with nothing ticked, Standard 2 follows the map and marks its answers as derived', () => {
    const ticked = answers({ productFitsIndustry: true, goodCredit: true, needConfirmed: true })
    const result = assessDerivedQualification(ticked, { talksToDecisionMaker: true, talksToUsingDepartment: true })
    expect(result.verdict).toBe('qualified')
    expect(result.sources).toMatchObject({ talksToDecisionMaker: 'derived', talksToUsingDepartment: 'derived', needConfirmed: 'manual', projectKnown: 'none' })
  })

  it("the rep's tick overrides an answer the map does not show", () => {
    const ticked = answers({ ...allAccess, productFitsIndustry: true, goodCredit: true })
    const result = assessDerivedQualification(ticked, { talksToDecisionMaker: false, talksToUsingDepartment: false })
    expect(result.verdict).toBe('qualified')
    expect(result.sources.talksToDecisionMaker).toBe('manual')
    expect(assessDerivedQualification(answers({}), { talksToDecisionMaker: false }).standard2Missing).toEqual([...ACCESS_KEYS])
  })
})

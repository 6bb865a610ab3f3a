import { describe, expect, it } from 'vitest'
import { emptyQualification, type QualificationAnswers } from '../schemas/account'
import { ACCESS_KEYS, ABILITY_KEYS, FIT_KEYS, assessQualification } from './qualification'

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

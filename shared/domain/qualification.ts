import type { QualificationAnswers, QualificationKey } from '../schemas/account'

// Domain guide §1: Standard 1 = (fit: product fits the industry OR a project is known OR their technology
// matches) AND (ability: good credit OR healthy scale and operations). Standard 2 = we talk to the using
// department AND to the purchase decision-maker AND there is a need. Qualified = Standard 1 + Standard 2.

export const FIT_KEYS = ['productFitsIndustry', 'projectKnown', 'technologyMatches'] as const satisfies readonly QualificationKey[]
export const ABILITY_KEYS = ['goodCredit', 'healthyOperations'] as const satisfies readonly QualificationKey[]
export const ACCESS_KEYS = ['talksToUsingDepartment', 'talksToDecisionMaker', 'needConfirmed'] as const satisfies readonly QualificationKey[]

export type QualificationVerdict = 'qualified' | 'standard1Only' | 'standard2Only' | 'notQualified'

export interface QualificationResult {
  standard1: boolean
  standard2: boolean
  verdict: QualificationVerdict
  /** Groups of Standard 1 with no box ticked: one box from each would satisfy it. */
  standard1Gaps: ('fit' | 'ability')[]
  /** Standard 2 boxes still unticked: every one is needed. */
  standard2Missing: QualificationKey[]
}

export function assessQualification(answers: QualificationAnswers): QualificationResult {
  const fit = FIT_KEYS.some((key) => answers[key])
  const ability = ABILITY_KEYS.some((key) => answers[key])
  const standard2Missing = ACCESS_KEYS.filter((key) => !answers[key])
  const standard1 = fit && ability
  const standard2 = standard2Missing.length === 0
  const standard1Gaps: ('fit' | 'ability')[] = []
  if (!fit) standard1Gaps.push('fit')
  if (!ability) standard1Gaps.push('ability')
  return { standard1, standard2, verdict: verdictOf(standard1, standard2), standard1Gaps, standard2Missing }
}

function verdictOf(standard1: boolean, standard2: boolean): QualificationVerdict {
  if (standard1 && standard2) return 'qualified'
  if (standard1) return 'standard1Only'
  if (standard2) return 'standard2Only'
  return 'notQualified'
}

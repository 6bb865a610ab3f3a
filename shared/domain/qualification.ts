import type { QualificationAnswers, QualificationKey } from '../schemas/account'
import type { BuyingRole } from '../schemas/enums'

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

/** Answers the stakeholder map already knows: true when someone in the right role has a logged contact. */
export const DERIVED_KEYS = ['talksToUsingDepartment', 'talksToDecisionMaker'] as const satisfies readonly QualificationKey[]
export type DerivedKey = (typeof DERIVED_KEYS)[number]

const DERIVING_ROLES: Record<DerivedKey, readonly BuyingRole[]> = {
  talksToDecisionMaker: ['decisionMaker', 'buyer'],
  talksToUsingDepartment: ['user']
}

type QualifyingPerson = { id: string; roles: readonly BuyingRole[]; departedAt: number | null }

/** The derived answers: a decision-maker or buyer, or a user, still at the account with a logged contact. */
export function deriveQualification(
  people: readonly QualifyingPerson[],
  lastContacts: ReadonlyMap<string, number>
): Record<DerivedKey, boolean> {
  const contacted = people.filter((p) => p.departedAt === null && lastContacts.has(p.id))
  const knows = (key: DerivedKey) => contacted.some((p) => p.roles.some((role) => DERIVING_ROLES[key].includes(role)))
  return { talksToDecisionMaker: knows('talksToDecisionMaker'), talksToUsingDepartment: knows('talksToUsingDepartment') }
}

/** Where an answer comes from: the map (derived), the rep's own tick, or nowhere yet. */
export type AnswerSource = 'derived' | 'manual' | 'none'

export interface DerivedQualification extends QualificationResult {
  /** The answers the verdict uses: a derived answer, or the rep's tick where the data does not know it. */
  answers: QualificationAnswers
  sources: Record<QualificationKey, AnswerSource>
}

/**
 * The verdict with the derived answers filled in. The schema stores one boolean per answer, so the rep's
 * tick is the override: ticking an answer the map does not (yet) show makes it true.
 */
export function assessDerivedQualification(
  ticked: QualificationAnswers,
  derived: Partial<Record<QualificationKey, boolean>>
): DerivedQualification {
  const keys = Object.keys(ticked) as QualificationKey[]
  const answers = Object.fromEntries(keys.map((key) => [key, ticked[key] || derived[key] === true])) as QualificationAnswers
  const sources = Object.fromEntries(
    keys.map((key) => [key, derived[key] === true ? 'derived' : ticked[key] ? 'manual' : 'none'])
  ) as Record<QualificationKey, AnswerSource>
  return { ...assessQualification(answers), answers, sources }
}

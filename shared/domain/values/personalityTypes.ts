import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one personality type (domain guide §3), an optional trait of a person. */
export type PersonalityInfo = {
  /** The type's name in the stakeholder form. */
  label: MessageKey
  /** How to approach this personality: one line, shown with the drafted talking points. */
  approach: MessageKey
  /**
   * The benefit this personality shifts the emphasis to (placed right after the main role's), or null
   * when it does not change what to lead with.
   */
  talkingPoint: MessageKey | null
}

/**
 * Every personality type, keyed by its stored code, in display order. PERSONALITY_TYPES and the
 * PersonalityType schema are derived from these keys, so a type is added here, plus its messages in the
 * two catalogues. The keys are stored in users' databases: add new ones, never rename or remove one.
 */
export const PERSONALITY_TABLE = {
  rational: {
    label: 'stakeholders.personality.rational',
    approach: 'stakeholders.personality.rational.hint',
    talkingPoint: 'stakeholders.benefit.proof'
  },
  impulsive: {
    label: 'stakeholders.personality.impulsive',
    approach: 'stakeholders.personality.impulsive.hint',
    talkingPoint: null
  },
  stubborn: {
    label: 'stakeholders.personality.stubborn',
    approach: 'stakeholders.personality.stubborn.hint',
    talkingPoint: null
  },
  combative: {
    label: 'stakeholders.personality.combative',
    approach: 'stakeholders.personality.combative.hint',
    talkingPoint: null
  },
  indecisive: {
    label: 'stakeholders.personality.indecisive',
    approach: 'stakeholders.personality.indecisive.hint',
    talkingPoint: 'stakeholders.benefit.simplerProcess'
  },
  selfAdmiring: {
    label: 'stakeholders.personality.selfAdmiring',
    approach: 'stakeholders.personality.selfAdmiring.hint',
    talkingPoint: 'stakeholders.benefit.returnAndImage'
  },
  arrogant: {
    label: 'stakeholders.personality.arrogant',
    approach: 'stakeholders.personality.arrogant.hint',
    talkingPoint: 'stakeholders.benefit.returnAndImage'
  },
  suspicious: {
    label: 'stakeholders.personality.suspicious',
    approach: 'stakeholders.personality.suspicious.hint',
    talkingPoint: 'stakeholders.benefit.proof'
  },
  taciturn: {
    label: 'stakeholders.personality.taciturn',
    approach: 'stakeholders.personality.taciturn.hint',
    talkingPoint: null
  },
  haggling: {
    label: 'stakeholders.personality.haggling',
    approach: 'stakeholders.personality.haggling.hint',
    talkingPoint: 'stakeholders.benefit.budgetFit'
  }
} as const satisfies Record<string, PersonalityInfo>

export type PersonalityCode = keyof typeof PERSONALITY_TABLE

import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one value of an account assessment (domain guide §1): its name and one line on it. */
export type AssessmentInfo = {
  label: MessageKey
  /** Shown under the picker once the value is chosen. */
  hint: MessageKey
}

// Each table is keyed by the stored code, in display order; the code lists and schemas in
// shared/schemas/enums.ts are derived from these keys, so a value is added here, plus its messages in the
// two catalogues. The keys are stored in users' databases: add new ones, never rename or remove one.

export const CLASSIFICATION_TABLE = {
  target: { label: 'classification.target', hint: 'classification.target.hint' },
  watch: { label: 'classification.watch', hint: 'classification.watch.hint' },
  other: { label: 'classification.other', hint: 'classification.other.hint' }
} as const satisfies Record<string, AssessmentInfo>

/** An assessment that sets how often to come back: days between contacts (domain guide §1). */
export type CadenceAssessmentInfo = AssessmentInfo & { cadenceDays: number }

// Long-line monthly, medium-line every two weeks, short-line weekly.
export const POSITIONING_TABLE = {
  long: { label: 'positioning.long', hint: 'positioning.long.hint', cadenceDays: 30 },
  medium: { label: 'positioning.medium', hint: 'positioning.medium.hint', cadenceDays: 14 },
  short: { label: 'positioning.short', hint: 'positioning.short.hint', cadenceDays: 7 }
} as const satisfies Record<string, CadenceAssessmentInfo>

// The guide ranks organisations by purchase cycle: A (short cycle, large batches) is top priority and is
// seen weekly; B (short cycle, small batches) every two weeks; C (long cycle) monthly.
export const ORG_GRADE_TABLE = {
  A: { label: 'orgGrade.A', hint: 'orgGrade.A.hint', cadenceDays: 7 },
  B: { label: 'orgGrade.B', hint: 'orgGrade.B.hint', cadenceDays: 14 },
  C: { label: 'orgGrade.C', hint: 'orgGrade.C.hint', cadenceDays: 30 }
} as const satisfies Record<string, CadenceAssessmentInfo>

// Individual buyers by buying intent (within a week / month / three months / six months): O twice a week,
// A weekly, B twice a month, C every two months.
export const BUYER_GRADE_TABLE = {
  O: { label: 'buyerGrade.O', hint: 'buyerGrade.O.hint', cadenceDays: 3 },
  A: { label: 'buyerGrade.A', hint: 'buyerGrade.A.hint', cadenceDays: 7 },
  B: { label: 'buyerGrade.B', hint: 'buyerGrade.B.hint', cadenceDays: 15 },
  C: { label: 'buyerGrade.C', hint: 'buyerGrade.C.hint', cadenceDays: 60 }
} as const satisfies Record<string, CadenceAssessmentInfo>

export const PYRAMID_TIER_TABLE = {
  vip: { label: 'pyramidTier.vip', hint: 'pyramidTier.vip.hint' },
  major: { label: 'pyramidTier.major', hint: 'pyramidTier.major.hint' },
  ordinary: { label: 'pyramidTier.ordinary', hint: 'pyramidTier.ordinary.hint' },
  small: { label: 'pyramidTier.small', hint: 'pyramidTier.small.hint' }
} as const satisfies Record<string, AssessmentInfo>

export const PIPELINE_STAGE_TABLE = {
  discover: { label: 'stage.discover', hint: 'stage.discover.hint' },
  verifyNeeds: { label: 'stage.verifyNeeds', hint: 'stage.verifyNeeds.hint' },
  negotiate: { label: 'stage.negotiate', hint: 'stage.negotiate.hint' },
  signContract: { label: 'stage.signContract', hint: 'stage.signContract.hint' },
  deliver: { label: 'stage.deliver', hint: 'stage.deliver.hint' }
} as const satisfies Record<string, AssessmentInfo>

export const OWNERSHIP_TABLE = {
  foreign: { label: 'ownership.foreign' },
  jointVenture: { label: 'ownership.jointVenture' },
  stateOwned: { label: 'ownership.stateOwned' },
  private: { label: 'ownership.private' }
} as const satisfies Record<string, { label: MessageKey }>

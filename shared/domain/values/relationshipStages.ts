import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one stage of a relationship (domain guide §3: acquaintance → … → alliance). */
export type RelationshipStageInfo = {
  /** The stage's name wherever it shows: forms, list, coverage settings and warnings, history, brief. */
  label: MessageKey
}

/**
 * Every relationship stage, keyed by its stored code, in the order a relationship develops: coverage
 * counts a person as a thread from a given stage on by this order. RELATIONSHIP_STAGES and the
 * RelationshipStage schema are derived from these keys. The keys are stored in users' databases: add new
 * ones in their place, never rename or remove one.
 */
export const RELATIONSHIP_STAGE_TABLE = {
  acquaintance: { label: 'stakeholders.relationshipStage.acquaintance' },
  meeting: { label: 'stakeholders.relationshipStage.meeting' },
  recognition: { label: 'stakeholders.relationshipStage.recognition' },
  trust: { label: 'stakeholders.relationshipStage.trust' },
  alliance: { label: 'stakeholders.relationshipStage.alliance' }
} as const satisfies Record<string, RelationshipStageInfo>

export type RelationshipStageCode = keyof typeof RELATIONSHIP_STAGE_TABLE

/** A stage's place in the development of a relationship, from first acquaintance (0) on. */
export function relationshipStageRank(stage: RelationshipStageCode): number {
  return (Object.keys(RELATIONSHIP_STAGE_TABLE) as RelationshipStageCode[]).indexOf(stage)
}

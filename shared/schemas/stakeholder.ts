import { z } from './zod'
import {
  BuyingRole,
  ContactLine,
  InfluenceLevel,
  PersonalityType,
  RelationshipKind,
  RelationshipStage,
  Stance
} from './enums'
import { RecordMeta, accountRef, longText, requiredName, shortText } from './record'

export const StakeholderDraft = z.object({
  accountId: accountRef,
  name: requiredName,
  title: shortText,
  department: shortText,
  phone: shortText,
  email: shortText,
  messaging: shortText,
  roles: z.array(BuyingRole).max(8),
  stance: Stance,
  influence: InfluenceLevel,
  relationshipStage: RelationshipStage,
  isCoach: z.boolean(),
  line: ContactLine,
  personality: PersonalityType.nullable(),
  caresAbout: longText,
  /** Home address, family, habits: sensitive, left out of exported briefs unless the rep opts in. */
  sensitiveNotes: longText,
  departedAt: z.number().int().nonnegative().nullable(),
  /** Graph position the rep dragged the node to; null means "let the layout decide". */
  position: z.object({ x: z.number(), y: z.number() }).nullable(),
  /** The rep's edited talking points (at most three benefits); empty means "use the drafted ones". Rows written before it existed parse as []. */
  talkingPoints: z.array(z.string().trim().max(300, { message: 'tooLong' })).max(3).default([])
})
export type StakeholderDraft = z.infer<typeof StakeholderDraft>
export const Stakeholder = RecordMeta.extend(StakeholderDraft.shape)
export type Stakeholder = z.infer<typeof Stakeholder>

/** Fields whose content is personal and must be opted into per export. */
export const SENSITIVE_STAKEHOLDER_FIELDS = ['sensitiveNotes'] as const satisfies readonly (keyof Stakeholder)[]

export const RelationshipDraft = z.object({
  accountId: accountRef,
  fromId: z.uuid(),
  toId: z.uuid(),
  kind: RelationshipKind,
  note: shortText
})
export type RelationshipDraft = z.infer<typeof RelationshipDraft>
export const Relationship = RecordMeta.extend(RelationshipDraft.shape)
export type Relationship = z.infer<typeof Relationship>

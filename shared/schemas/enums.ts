import { z } from './zod'
import {
  BUYER_GRADE_TABLE,
  CLASSIFICATION_TABLE,
  ORG_GRADE_TABLE,
  OWNERSHIP_TABLE,
  PIPELINE_STAGE_TABLE,
  POSITIONING_TABLE,
  PYRAMID_TIER_TABLE
} from '../domain/values/accountAssessments'
import { CHANNEL_TABLE } from '../domain/values/channels'
import { codesOf } from '../domain/values/codesOf'
import { INFLUENCE_TABLE } from '../domain/values/influenceLevels'
import { OBJECTION_CONTENT_TABLE, OBJECTION_HANDLING_TABLE, OBJECTION_NATURE_TABLE } from '../domain/values/objectionTypes'
import { PERSONALITY_TABLE } from '../domain/values/personalityTypes'
import { RELATIONSHIP_STAGE_TABLE } from '../domain/values/relationshipStages'
import { ROLE_TABLE } from '../domain/values/roles'
import { STANCE_TABLE } from '../domain/values/stances'
import { VISIT_KIND_TABLE, VISIT_STATUS_TABLE } from '../domain/values/visitKinds'

// Value lists from the domain guide (../shared/domain.md): the stored codes, which never change once
// shipped. A list that has a table in shared/domain/values (its order, labels and everything else the app
// needs of each value) is derived from that table's keys, so a value is added there; the others are listed
// here, with their labels in shared/i18n.

export const CLASSIFICATIONS = codesOf(CLASSIFICATION_TABLE)
export const POSITIONINGS = codesOf(POSITIONING_TABLE)
export const ORG_GRADES = codesOf(ORG_GRADE_TABLE)
export const BUYER_GRADES = codesOf(BUYER_GRADE_TABLE)
export const PYRAMID_TIERS = codesOf(PYRAMID_TIER_TABLE)
export const OWNERSHIPS = codesOf(OWNERSHIP_TABLE)
export const PIPELINE_STAGES = codesOf(PIPELINE_STAGE_TABLE)
export const BUYING_ROLES = codesOf(ROLE_TABLE)
export const STANCES = codesOf(STANCE_TABLE)
export const INFLUENCE_LEVELS = codesOf(INFLUENCE_TABLE)
export const RELATIONSHIP_STAGES = codesOf(RELATIONSHIP_STAGE_TABLE)
export const CONTACT_LINES = ['main', 'auxiliary', 'none'] as const
export const PERSONALITY_TYPES = codesOf(PERSONALITY_TABLE)
export const RELATIONSHIP_KINDS = ['reportsTo', 'influences', 'ally', 'rival'] as const
export const INTEL_CHANNELS = codesOf(CHANNEL_TABLE)
export const OBJECTION_CONTENTS = codesOf(OBJECTION_CONTENT_TABLE)
export const OBJECTION_NATURES = codesOf(OBJECTION_NATURE_TABLE)
export const OBJECTION_HANDLINGS = codesOf(OBJECTION_HANDLING_TABLE)
export const OBJECTION_STATUSES = ['open', 'resolved'] as const
export const VISIT_KINDS = codesOf(VISIT_KIND_TABLE)
export const VISIT_STATUSES = codesOf(VISIT_STATUS_TABLE)

export const Classification = z.enum(CLASSIFICATIONS)
export const Positioning = z.enum(POSITIONINGS)
export const OrgGrade = z.enum(ORG_GRADES)
export const BuyerGrade = z.enum(BUYER_GRADES)
export const PyramidTier = z.enum(PYRAMID_TIERS)
export const Ownership = z.enum(OWNERSHIPS)
export const PipelineStage = z.enum(PIPELINE_STAGES)
export const BuyingRole = z.enum(BUYING_ROLES)
export const Stance = z.enum(STANCES)
export const InfluenceLevel = z.enum(INFLUENCE_LEVELS)
export const RelationshipStage = z.enum(RELATIONSHIP_STAGES)
export const ContactLine = z.enum(CONTACT_LINES)
export const PersonalityType = z.enum(PERSONALITY_TYPES)
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS)
export const IntelChannel = z.enum(INTEL_CHANNELS)
export const ObjectionContent = z.enum(OBJECTION_CONTENTS)
export const ObjectionNature = z.enum(OBJECTION_NATURES)
export const ObjectionHandling = z.enum(OBJECTION_HANDLINGS)
export const ObjectionStatus = z.enum(OBJECTION_STATUSES)
export const VisitKind = z.enum(VISIT_KINDS)
export const VisitStatus = z.enum(VISIT_STATUSES)

export type Classification = z.infer<typeof Classification>
export type Positioning = z.infer<typeof Positioning>
export type OrgGrade = z.infer<typeof OrgGrade>
export type BuyerGrade = z.infer<typeof BuyerGrade>
export type PyramidTier = z.infer<typeof PyramidTier>
export type Ownership = z.infer<typeof Ownership>
export type PipelineStage = z.infer<typeof PipelineStage>
export type BuyingRole = z.infer<typeof BuyingRole>
export type Stance = z.infer<typeof Stance>
export type InfluenceLevel = z.infer<typeof InfluenceLevel>
export type RelationshipStage = z.infer<typeof RelationshipStage>
export type ContactLine = z.infer<typeof ContactLine>
export type PersonalityType = z.infer<typeof PersonalityType>
export type RelationshipKind = z.infer<typeof RelationshipKind>
export type IntelChannel = z.infer<typeof IntelChannel>
export type ObjectionContent = z.infer<typeof ObjectionContent>
export type ObjectionNature = z.infer<typeof ObjectionNature>
export type ObjectionHandling = z.infer<typeof ObjectionHandling>
export type ObjectionStatus = z.infer<typeof ObjectionStatus>
export type VisitKind = z.infer<typeof VisitKind>
export type VisitStatus = z.infer<typeof VisitStatus>

import { z } from '#shared/schemas/zod'
import type { BuyingRole, InfluenceLevel, PipelineStage, RelationshipStage } from '#shared/schemas/enums'
import {
  BuyingRole as BuyingRoleSchema,
  InfluenceLevel as InfluenceLevelSchema,
  PIPELINE_STAGES,
  RelationshipStage as RelationshipStageSchema
} from '#shared/schemas/enums'
import { influenceRank } from '../values/influenceLevels'
import { relationshipStageRank } from '../values/relationshipStages'
import type { Relationship, Stakeholder } from '#shared/schemas/stakeholder'

/** The coverage rules, in the order their warnings are listed. */
export const COVERAGE_RULES = [
  'noDecisionMaker',
  'noCoach',
  'singleThreaded',
  'influentialOpponent',
  'stageRolesMissing',
  'gatekeeperOnly',
  'vacantSeat'
] as const
export type CoverageRule = (typeof COVERAGE_RULES)[number]

/** Per-rep tuning of the rules (stored in settings by the renderer; see DEFAULT_COVERAGE_SETTINGS). */
export type CoverageSettings = {
  enabled: Record<CoverageRule, boolean>
  /** Single-threaded when fewer than this many people are at `threadStage` or better. */
  minThreads: number
  threadStage: RelationshipStage
  /** An opponent at this influence or higher triggers `influentialOpponent`. */
  opponentInfluence: InfluenceLevel
  /** The buying roles each pipeline stage needs someone for. */
  stageRoles: Record<PipelineStage, BuyingRole[]>
}

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  enabled: {
    noDecisionMaker: true,
    noCoach: true,
    singleThreaded: true,
    influentialOpponent: true,
    stageRolesMissing: true,
    gatekeeperOnly: true,
    vacantSeat: true
  },
  minThreads: 2,
  threadStage: 'recognition',
  opponentInfluence: 'high',
  stageRoles: {
    discover: [],
    verifyNeeds: ['user', 'technicalEvaluator'],
    negotiate: ['buyer', 'finance'],
    signContract: ['decisionMaker', 'finance'],
    deliver: ['executor', 'user']
  }
}

export type CoverageWarning = {
  rule: CoverageRule
  /** The people the warning is about (highlighted beside the graph); may be empty. */
  stakeholderIds: string[]
  /** Roles the warning is about (missing roles for the stage, or a vacant seat's roles). */
  roles: BuyingRole[]
}

export type CoverageInput = {
  stakeholders: readonly Stakeholder[]
  relationships?: readonly Relationship[]
  stage: PipelineStage
  settings?: CoverageSettings
}

const stageRank = relationshipStageRank

/** People still at the company and not deleted. */
export function activeStakeholders<T extends Pick<Stakeholder, 'deletedAt' | 'departedAt'>>(people: readonly T[]): T[] {
  return people.filter((p) => p.deletedAt === null && p.departedAt === null)
}

/**
 * Finds the gaps in an account's buying-committee coverage. Pure: the same people, stage and settings
 * always give the same warnings, in COVERAGE_RULES order. Deleted people are ignored; people who left
 * the company count only for `vacantSeat` (their seat needs a successor).
 */
export function analyzeCoverage({ stakeholders, stage, settings = DEFAULT_COVERAGE_SETTINGS }: CoverageInput): CoverageWarning[] {
  const live = stakeholders.filter((p) => p.deletedAt === null)
  const active = activeStakeholders(live)
  const departed = live.filter((p) => p.departedAt !== null)
  const warnings: CoverageWarning[] = []
  const on = (rule: CoverageRule) => settings.enabled[rule]
  const holding = (role: BuyingRole) => active.filter((p) => p.roles.includes(role))

  if (on('noDecisionMaker') && holding('decisionMaker').length === 0) {
    const formerDecisionMakers = departed.filter((p) => p.roles.includes('decisionMaker')).map((p) => p.id)
    warnings.push({ rule: 'noDecisionMaker', stakeholderIds: formerDecisionMakers, roles: ['decisionMaker'] })
  }

  if (on('noCoach') && !active.some((p) => p.isCoach)) {
    warnings.push({ rule: 'noCoach', stakeholderIds: [], roles: [] })
  }

  if (on('singleThreaded') && active.length > 0) {
    const threads = active.filter((p) => stageRank(p.relationshipStage) >= stageRank(settings.threadStage))
    if (threads.length < settings.minThreads) {
      warnings.push({ rule: 'singleThreaded', stakeholderIds: threads.map((p) => p.id), roles: [] })
    }
  }

  if (on('influentialOpponent')) {
    const opponents = active.filter(
      (p) => p.stance === 'opponent' && influenceRank(p.influence) >= influenceRank(settings.opponentInfluence)
    )
    if (opponents.length > 0) {
      warnings.push({ rule: 'influentialOpponent', stakeholderIds: opponents.map((p) => p.id), roles: [] })
    }
  }

  if (on('stageRolesMissing')) {
    // The decision-maker has its own rule; do not report it twice.
    const missing = (settings.stageRoles[stage] ?? []).filter(
      (role) => holding(role).length === 0 && !(role === 'decisionMaker' && on('noDecisionMaker'))
    )
    if (missing.length > 0) warnings.push({ rule: 'stageRolesMissing', stakeholderIds: [], roles: missing })
  }

  if (on('gatekeeperOnly')) {
    // Whom we actually meet: anyone past first acquaintance.
    const contacts = active.filter((p) => stageRank(p.relationshipStage) >= stageRank('meeting'))
    if (contacts.length > 0 && contacts.every((p) => p.roles.includes('gatekeeper'))) {
      warnings.push({ rule: 'gatekeeperOnly', stakeholderIds: contacts.map((p) => p.id), roles: ['gatekeeper'] })
    }
  }

  if (on('vacantSeat')) {
    for (const person of departed) {
      const uncovered = person.roles.filter((role) => holding(role).length === 0)
      if (person.roles.length === 0 || uncovered.length > 0) {
        warnings.push({ rule: 'vacantSeat', stakeholderIds: [person.id], roles: uncovered })
      }
    }
  }

  return warnings
}

/** Ids of every person any warning mentions (for highlighting). */
export function warnedStakeholderIds(warnings: readonly CoverageWarning[]): Set<string> {
  return new Set(warnings.flatMap((w) => w.stakeholderIds))
}

const RuleFlags = z.object(
  Object.fromEntries(COVERAGE_RULES.map((rule) => [rule, z.boolean().catch(true)])) as Record<CoverageRule, z.ZodCatch<z.ZodBoolean>>
)

/** Validates stored coverage settings; anything missing or broken falls back to its default. */
export const CoverageSettingsSchema = z.object({
  enabled: RuleFlags.catch(DEFAULT_COVERAGE_SETTINGS.enabled),
  minThreads: z.number().int().min(1).max(10).catch(DEFAULT_COVERAGE_SETTINGS.minThreads),
  threadStage: RelationshipStageSchema.catch(DEFAULT_COVERAGE_SETTINGS.threadStage),
  opponentInfluence: InfluenceLevelSchema.catch(DEFAULT_COVERAGE_SETTINGS.opponentInfluence),
  stageRoles: z
    .object(
      Object.fromEntries(
        PIPELINE_STAGES.map((stage) => [stage, z.array(BuyingRoleSchema).catch(DEFAULT_COVERAGE_SETTINGS.stageRoles[stage])])
      ) as Record<PipelineStage, z.ZodCatch<z.ZodArray<typeof BuyingRoleSchema>>>
    )
    .catch(DEFAULT_COVERAGE_SETTINGS.stageRoles)
})

export function parseCoverageSettings(value: unknown): CoverageSettings {
  const parsed = CoverageSettingsSchema.safeParse(value ?? {})
  return parsed.success ? (parsed.data as CoverageSettings) : DEFAULT_COVERAGE_SETTINGS
}

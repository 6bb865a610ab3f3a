import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one level of influence over the purchase. */
export type InfluenceInfo = {
  /** The level's name wherever it shows: forms, list, settings, history, brief. */
  label: MessageKey
  /** Diameter of the person's graph node, in pixels. */
  nodeSize: number
}

/**
 * Every influence level, keyed by its stored code, from least to most: coverage compares levels by this
 * order. INFLUENCE_LEVELS and the InfluenceLevel schema are derived from these keys. The keys are stored
 * in users' databases: add new ones in their place, never rename or remove one.
 */
export const INFLUENCE_TABLE = {
  low: { label: 'stakeholders.influence.low', nodeSize: 28 },
  medium: { label: 'stakeholders.influence.medium', nodeSize: 40 },
  high: { label: 'stakeholders.influence.high', nodeSize: 54 }
} as const satisfies Record<string, InfluenceInfo>

export type InfluenceCode = keyof typeof INFLUENCE_TABLE

/** A level's place from least (0) to most influence. */
export function influenceRank(level: InfluenceCode): number {
  return (Object.keys(INFLUENCE_TABLE) as InfluenceCode[]).indexOf(level)
}

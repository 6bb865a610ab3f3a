// The scale book's 1,000 account heads (name, industry, assessments), shared by the generator and the
// bare React page (bench/bare) so that both list the same rows. Type-only imports from the app, so the
// bare page's bundle stays bare.
import type { Classification, PipelineStage, Positioning } from '#shared/schemas'
import type { BenchAccountRow } from '../accountRows'
import { createRng, scaleId } from './prng'
import { BRANDS, CITIES, EN_BRANDS, EN_INDUSTRIES, EN_SUFFIXES, EN_TRADES, SUFFIXES, TRADES } from './vocabulary'

/** How big the book is (issue 13): a rep's five years, or a manager's restored team export. */
export const SCALE = { accounts: 1000, people: 20_000, visits: 50_000, sections: 7000 } as const
/** The accounts the bench opens, by position: the large one and the one with a 300-person organisation. */
export const BIG_INDEX = 0
export const ORG_INDEX = 1
export const BIG_PEOPLE = 50
export const ORG_PEOPLE = 300
/** The default "today" of the book; the bench passes its own so planned visits lie ahead. */
export const SCALE_NOW = Date.UTC(2026, 0, 15, 4, 0, 0)
export const SCALE_SEED = 20_261_302

const DAY = 86_400_000
const CLASSIFICATIONS: readonly Classification[] = ['target', 'target', 'watch', 'watch', 'other']
const POSITIONINGS: readonly (Positioning | null)[] = ['long', 'medium', 'medium', 'short', null]
const STAGES: readonly PipelineStage[] = ['discover', 'discover', 'verifyNeeds', 'verifyNeeds', 'negotiate', 'signContract', 'deliver']

export type ScaleAccountHead = BenchAccountRow & { english: boolean }

export const accountId = (index: number) => scaleId('a', index)

/** The 1,000 account heads, deterministic for a seed; every name is unique. */
export function scaleAccountHeads(seed: number = SCALE_SEED, now: number = SCALE_NOW): ScaleAccountHead[] {
  const rng = createRng(seed)
  const used = new Set<string>()
  const heads: ScaleAccountHead[] = []
  for (let i = 0; i < SCALE.accounts; i++) {
    // About one account in six is a foreign-owned plant whose people and notes are in English.
    const english = i > ORG_INDEX && rng.chance(1 / 6)
    let name: string
    do {
      name = english
        ? `${rng.pick(EN_BRANDS)} ${rng.pick(EN_TRADES)} ${rng.pick(EN_SUFFIXES)}`
        : `${rng.pick(CITIES)}${rng.pick(BRANDS)}${rng.pick(TRADES)}${rng.pick(SUFFIXES)}`
    } while (used.has(name))
    used.add(name)
    heads.push({
      id: accountId(i),
      name,
      english,
      industry: english ? rng.pick(EN_INDUSTRIES) : rng.pick(TRADES),
      classification: i <= ORG_INDEX ? 'target' : rng.pick(CLASSIFICATIONS),
      positioning: i <= ORG_INDEX ? 'long' : rng.pick(POSITIONINGS),
      stage: i <= ORG_INDEX ? 'negotiate' : rng.pick(STAGES),
      updatedAt: now - rng.int(0, 5 * 365) * DAY
    })
  }
  return heads
}

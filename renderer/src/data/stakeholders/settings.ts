import { DEFAULT_CONTACT_CADENCE, parseCoverageSettings, type ContactCadence, type CoverageSettings } from '#shared/domain/stakeholders'
import type { AtlasDb } from '../db'

export const COVERAGE_SETTINGS_KEY = 'stakeholders.coverage'
export const CONTACT_CADENCE_KEY = 'stakeholders.cadence'

export async function readCoverageSettings(db: AtlasDb): Promise<CoverageSettings> {
  const row = await db.settings.get(COVERAGE_SETTINGS_KEY)
  return parseCoverageSettings(row?.value)
}

export async function writeCoverageSettings(db: AtlasDb, settings: CoverageSettings, now = Date.now()): Promise<void> {
  await db.settings.put({ key: COVERAGE_SETTINGS_KEY, value: parseCoverageSettings(settings), updatedAt: now })
}

export async function readContactCadence(db: AtlasDb): Promise<ContactCadence> {
  const row = await db.settings.get(CONTACT_CADENCE_KEY)
  const value = row?.value
  if (value === null || typeof value !== 'object') return DEFAULT_CONTACT_CADENCE
  const result = { ...DEFAULT_CONTACT_CADENCE }
  for (const key of Object.keys(result) as (keyof ContactCadence)[]) {
    const days = (value as Record<string, unknown>)[key]
    if (typeof days === 'number' && Number.isInteger(days) && days > 0 && days < 1000) result[key] = days
  }
  return result
}

export async function writeContactCadence(db: AtlasDb, cadence: ContactCadence, now = Date.now()): Promise<void> {
  await db.settings.put({ key: CONTACT_CADENCE_KEY, value: { ...cadence }, updatedAt: now })
}

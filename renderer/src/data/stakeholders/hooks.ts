import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { lastContactById, type ContactCadence, type CoverageSettings, type StakeholderRecord } from '#shared/domain/stakeholders'
import { Visit, type Relationship, type StakeholderChange } from '#shared/schemas'
import { extractFindings, type DossierFinding } from '#shared/domain/dossier'
import { useDb } from '../DataProvider'
import { listDossierSections } from '../dossier'
import type { InvalidRecord } from '../errors'
import { readValid } from '../read'
import { createStakeholderMapRepository, type StakeholderMapRepository } from './mapRepository'
import { currentMap, readStakeholderMap, type StakeholderMapRows } from './queries'
import { readContactCadence, readCoverageSettings, writeContactCadence, writeCoverageSettings } from './settings'

/**
 * Live rows of one account's map, deleted ones included (for the map as of a date); undefined while
 * the first read is pending or after `accountId` changed until the new account is read.
 */
export function useStakeholderMapRows(accountId: string): StakeholderMapRows | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ accountId, rows: await readStakeholderMap(db, accountId) }), [db, accountId])
  return result && result.accountId === accountId ? result.rows : undefined
}

/** Live current (non-deleted) people of an account, sorted by name, and unreadable rows. */
export function useStakeholders(accountId: string): { items: StakeholderRecord[]; invalid: InvalidRecord[] } | undefined {
  const rows = useStakeholderMapRows(accountId)
  return useMemo(() => {
    if (!rows) return undefined
    const map = currentMap(rows)
    return { items: map.stakeholders, invalid: map.invalid }
  }, [rows])
}

/** Live current links of an account (both ends present and not deleted). */
export function useRelationships(accountId: string): Relationship[] | undefined {
  const rows = useStakeholderMapRows(accountId)
  return useMemo(() => (rows ? currentMap(rows).relationships : undefined), [rows])
}

/** Live logged changes of an account, oldest first. */
export function useStakeholderChanges(accountId: string): StakeholderChange[] | undefined {
  const rows = useStakeholderMapRows(accountId)
  return useMemo(() => (rows ? currentMap(rows).changes : undefined), [rows])
}

/** The rep's coverage-rule settings (defaults until saved). */
export function useCoverageSettings(): CoverageSettings | undefined {
  const db = useDb()
  return useLiveQuery(() => readCoverageSettings(db), [db])
}

export function useSaveCoverageSettings(): (settings: CoverageSettings) => Promise<void> {
  const db = useDb()
  return (settings) => writeCoverageSettings(db, settings)
}

export function useSaveContactCadence(): (cadence: ContactCadence) => Promise<void> {
  const db = useDb()
  return (cadence) => writeContactCadence(db, cadence)
}

/** The rep's contact cadence per role (defaults until saved). */
export function useContactCadence(): ContactCadence | undefined {
  const db = useDb()
  return useLiveQuery(() => readContactCadence(db), [db])
}

/** Last contact per stakeholder id for an account (done visits, calls and messages they attended; never a plan). */
export function useLastContacts(accountId: string, now: number): Map<string, number> | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const { items } = readValid(await db.visits.where('accountId').equals(accountId).toArray(), Visit, 'visits')
    return lastContactById(items, now)
  }, [db, accountId, now])
}

/** Writes for the stakeholder map (see StakeholderMapRepository). */
export function useStakeholderMapRepository(): StakeholderMapRepository {
  const db = useDb()
  return useMemo(() => createStakeholderMapRepository(db), [db])
}

/**
 * Every finding in an account's dossier (read-only, via the dossier's own query and parser), newest
 * first: the evidence a stakeholder change can cite.
 */
export function useAccountFindings(accountId: string): DossierFinding[] | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const { sections } = await listDossierSections(db, accountId)
    return sections.flatMap(findingsOf).sort((a, b) => b.date - a.date)
  }, [db, accountId])
}

/**
 * Findings per section, kept by the section's revision (id and updatedAt): a dossier of twenty pages is
 * walked once, not again each time the account's map, glance or another section is opened or saved.
 */
const findingsBySection = new Map<string, { updatedAt: number; findings: DossierFinding[] }>()
const FINDINGS_CACHE_LIMIT = 2000

function findingsOf(section: { id: string; updatedAt: number; channel: DossierFinding['channel']; content: unknown }): DossierFinding[] {
  if (section.content === null) return []
  const hit = findingsBySection.get(section.id)
  if (hit && hit.updatedAt === section.updatedAt) return hit.findings
  const findings = extractFindings(section.content, section.channel)
  findingsBySection.set(section.id, { updatedAt: section.updatedAt, findings })
  if (findingsBySection.size > FINDINGS_CACHE_LIMIT) findingsBySection.delete(findingsBySection.keys().next().value as string)
  return findings
}

/** Number of dossier findings per intelligence channel they came from (for the coverage matrix). */
export function useDossierFindingCounts(accountId: string): Map<string, number> | undefined {
  const findings = useAccountFindings(accountId)
  return useMemo(() => {
    if (!findings) return undefined
    const counts = new Map<string, number>()
    for (const f of findings) counts.set(f.channel, (counts.get(f.channel) ?? 0) + 1)
    return counts
  }, [findings])
}

import { useMemo } from 'react'
import { whosWho, type WhosWho } from '#shared/domain/glance'
import { deriveQualification, type DerivedKey } from '#shared/domain/qualification'
import { analyzeCoverage, DEFAULT_COVERAGE_SETTINGS, lastContactById } from '#shared/domain/stakeholders'
import { useAccountRecords, useCoverageSettings, useNextPlannedVisit, type Account, type Visit } from '#data'
import { useDossierFindings } from '#data/dossier/hooks'

export type AccountGlanceData = {
  whosWho: WhosWho
  derived: Record<DerivedKey, boolean>
  coverageGaps: number
  unverifiedFindings: number
  openObjections: number
  nextVisit: Visit | null
}

/** What the Overview reads: the dossier only through its findings, which are kept per unchanged section. */
const GLANCE_TABLES = ['stakeholders', 'relationships', 'visits', 'objections'] as const

/** What the Overview summarises from the account's map, visits, objections and dossier; undefined while loading. */
export function useAccountGlance(account: Account | null, now: number): AccountGlanceData | undefined {
  const id = account?.id ?? ''
  const records = useAccountRecords(id, GLANCE_TABLES)
  const findings = useDossierFindings(id)
  const settings = useCoverageSettings()
  const nextVisit = useNextPlannedVisit(id)
  return useMemo(() => {
    if (!account || !records || !findings || nextVisit === undefined) return undefined
    const contacts = lastContactById(records.visits, now)
    const opponentInfluence = (settings ?? DEFAULT_COVERAGE_SETTINGS).opponentInfluence
    return {
      whosWho: whosWho(records.stakeholders, contacts, now, { opponentInfluence }),
      derived: deriveQualification(records.stakeholders, contacts),
      coverageGaps: analyzeCoverage({ stakeholders: records.stakeholders, relationships: records.relationships, stage: account.stage, settings }).length,
      unverifiedFindings: findings.filter((f) => !f.verified).length,
      openObjections: records.objections.filter((o) => o.status === 'open').length,
      nextVisit
    }
  }, [account, records, findings, settings, nextVisit, now])
}

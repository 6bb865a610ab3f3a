import { PIPELINE_STAGES, type Classification, type PipelineStage } from '#shared/schemas'
import { analyzeCoverage, type CoverageSettings, type CoverageWarning } from '../stakeholders'
import type { TodayRecords } from './types'

export type CoverageGap = {
  accountId: string
  accountName: string
  classification: Classification
  stage: PipelineStage
  warnings: CoverageWarning[]
}

/**
 * Accounts worth mapping further: target and watch accounts with coverage gaps (an unassessed "other"
 * account is not worth a buying-committee hunt yet), furthest along the pipeline first.
 */
export function coverageGaps(records: TodayRecords, settings: CoverageSettings): CoverageGap[] {
  const peopleByAccount = new Map<string, TodayRecords['people']>()
  for (const p of records.people) peopleByAccount.set(p.accountId, [...(peopleByAccount.get(p.accountId) ?? []), p])
  const gaps: CoverageGap[] = []
  for (const account of records.accountsById.values()) {
    if (account.classification === 'other') continue
    const warnings = analyzeCoverage({ stakeholders: peopleByAccount.get(account.id) ?? [], stage: account.stage, settings })
    if (warnings.length > 0) {
      gaps.push({ accountId: account.id, accountName: account.name, classification: account.classification, stage: account.stage, warnings })
    }
  }
  const rank = (stage: PipelineStage) => PIPELINE_STAGES.indexOf(stage)
  return gaps.sort(
    (a, b) =>
      rank(b.stage) - rank(a.stage) ||
      (a.classification === b.classification ? 0 : a.classification === 'target' ? -1 : 1) ||
      b.warnings.length - a.warnings.length ||
      a.accountName.localeCompare(b.accountName, 'zh-CN')
  )
}

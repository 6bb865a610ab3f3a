import { useMemo } from 'react'
import { buildBriefModel, renderBriefHtml, type BriefImage, type BriefInput, type BriefModel, type BriefOptions } from '#shared/domain/brief'
import { DEFAULT_COVERAGE_SETTINGS, analyzeCoverage, talkingPointsFor, type CoverageSettings } from '#shared/domain/stakeholders'
import type { Account, AccountRecords } from '#data'
import { useI18n } from '#i18n'
import { digestSections } from '../dossier'
import { coverageWarningText } from '../stakeholders'

/** The brief's model and its printable HTML, recomputed as the data or the composer's choices change. */
export function useBriefDocument(
  account: Account,
  sources: AccountRecords,
  options: BriefOptions,
  { graphImage, paperMap, coverageSettings }: { graphImage: BriefImage | null; paperMap: BriefImage | null; coverageSettings: CoverageSettings | undefined }
): { model: BriefModel; html: string } {
  const { language, t } = useI18n()
  return useMemo(() => {
    const digest = digestSections(sources.dossierSections)
    const nameOf = (id: string | null) => sources.stakeholders.find((s) => s.id === id)?.name ?? null
    const settings = coverageSettings ?? DEFAULT_COVERAGE_SETTINGS
    const warnings = analyzeCoverage({ stakeholders: sources.stakeholders, relationships: sources.relationships, stage: account.stage, settings })
    const input: BriefInput = {
      account,
      stakeholders: sources.stakeholders,
      visits: sources.visits,
      objections: sources.objections,
      competitors: sources.competitors,
      dossier: digest.channels.map((c) => ({ channel: c.channel, text: c.plainText })),
      findings: digest.findings.map((f) => ({
        text: f.text,
        channel: f.channel,
        section: f.sectionChannel,
        verified: f.verified,
        sourceName: nameOf(f.sourceId),
        date: f.date
      })),
      redFlags: warnings.map((w) => {
        const text = coverageWarningText(t, w, { settings, stage: account.stage, nameOf: (id) => nameOf(id) ?? '?', language })
        return [`${text.title}: ${text.hint}`, text.people].filter(Boolean).join(' ')
      }),
      talkingPoints: Object.fromEntries(sources.stakeholders.map((s) => [s.id, talkingPointsFor(s, language).points])),
      graphImage,
      paperMap,
      opponentInfluence: settings.opponentInfluence,
      generatedAt: Date.now()
    }
    const model = buildBriefModel(input, options)
    return { model, html: renderBriefHtml(model, language) }
  }, [account, sources, options, language, t, graphImage, paperMap, coverageSettings])
}

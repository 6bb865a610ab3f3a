import { useMemo } from 'react'
import { buildBriefModel, renderBriefHtml, type BriefInput, type BriefModel, type BriefOptions } from '../../../../shared/domain/brief'
import { digestDossier } from '../../../../shared/domain/dossier'
import type { Account, AccountRecords } from '../../data'
import { useI18n } from '../../app/i18n'

/** The brief's model and its printable HTML, recomputed as the data or the composer's choices change. */
export function useBriefDocument(account: Account, sources: AccountRecords, options: BriefOptions): { model: BriefModel; html: string } {
  const { language } = useI18n()
  return useMemo(() => {
    const digest = digestDossier(sources.dossierSections)
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
        sourceName: sources.stakeholders.find((s) => s.id === f.sourceId)?.name ?? null,
        date: f.date
      })),
      redFlags: [],
      talkingPoints: {},
      graphImage: null,
      generatedAt: Date.now()
    }
    const model = buildBriefModel(input, options)
    return { model, html: renderBriefHtml(model, language) }
  }, [account, sources, options, language])
}

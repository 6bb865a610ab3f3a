import { useMemo } from 'react'
import { buildBriefModel, renderBriefHtml, type BriefInput, type BriefModel, type BriefOptions } from '../../../../shared/domain/brief'
import { INTEL_CHANNELS } from '../../../../shared/schemas/enums'
import type { Account, AccountRecords } from '../../data'
import { useI18n } from '../../app/i18n'

/** The brief's model and its printable HTML, recomputed as the data or the composer's choices change. */
export function useBriefDocument(account: Account, sources: AccountRecords, options: BriefOptions): { model: BriefModel; html: string } {
  const { language } = useI18n()
  return useMemo(() => {
    const input: BriefInput = {
      account,
      stakeholders: sources.stakeholders,
      visits: sources.visits,
      objections: sources.objections,
      competitors: sources.competitors,
      dossier: INTEL_CHANNELS.map((channel) => ({
        channel,
        text: sources.dossierSections.find((s) => s.channel === channel)?.plainText ?? ''
      })),
      findings: [],
      redFlags: [],
      talkingPoints: {},
      graphImage: null,
      generatedAt: Date.now()
    }
    const model = buildBriefModel(input, options)
    return { model, html: renderBriefHtml(model, language) }
  }, [account, sources, options, language])
}

import { useState } from 'react'
import { defaultBriefOptions, paperForLocale, type BriefOptions } from '#shared/domain/brief'
import { INTEL_CHANNELS } from '#shared/schemas/enums'
import { useAccountRecords, useCoverageSettings, type Account, type AccountRecords } from '#data'
import { useHost } from '#app/host'
import { useCommandAction } from '#app/useSaveShortcut'
import { useI18n } from '#i18n'
import { Button, Icons, Spinner, useToast } from '#ui'
import { AccountPageHeader, InvalidRecordsBanner } from '../accounts'
import { BriefComposer } from './BriefComposer'
import { useBriefDocument } from './useBriefDocument'
import { useGraphImage } from './useGraphImage'
import './brief.css'

export function BriefScreen({ account }: { account: Account }) {
  const sources = useAccountRecords(account.id)
  return (
    <div className="page">
      {sources ? <BriefWorkspace account={account} sources={sources} /> : <Spinner />}
    </div>
  )
}

const initialOptions = (sources: AccountRecords): BriefOptions => ({
  ...defaultBriefOptions('onePage', paperForLocale(navigator.language)),
  channels: INTEL_CHANNELS.filter((c) => sources.dossierSections.some((s) => s.channel === c && s.plainText.trim() !== ''))
})

function BriefWorkspace({ account, sources }: { account: Account; sources: AccountRecords }) {
  const { t } = useI18n()
  const host = useHost()
  const toast = useToast()
  const [options, setOptions] = useState<BriefOptions>(() => initialOptions(sources))
  const [exporting, setExporting] = useState(false)
  const coverageSettings = useCoverageSettings()
  const images = useGraphImage(sources, coverageSettings?.opponentInfluence)
  const { model, html } = useBriefDocument(account, sources, options, { ...images, coverageSettings })

  const exportPdf = async () => {
    setExporting(true)
    try {
      const suggestedName = t('brief.fileName', { name: account.name }).replace(/[\\/:*?"<>|]/g, '_')
      const result = await host.exportPdf({ html, suggestedName, pageSize: options.paper })
      if (result.saved) toast.show({ tone: 'success', message: t('brief.exported') })
    } catch (error) {
      toast.show({ tone: 'danger', message: t('brief.exportFailed', { message: error instanceof Error ? error.message : String(error) }) })
    } finally {
      setExporting(false)
    }
  }

  useCommandAction('brief.export', () => {
    if (!exporting) void exportPdf()
  })

  return (
    <>
      <AccountPageHeader
        account={account}
        tab="brief"
        actions={
          <Button variant="primary" icon={<Icons.FileText />} onClick={() => void exportPdf()} disabled={exporting}>
            {exporting ? t('brief.exporting') : t('brief.export')}
          </Button>
        }
      />
      <InvalidRecordsBanner invalid={sources.invalid} />
      <div className="brief-layout">
        <BriefComposer account={account} visits={sources.visits} options={options} onChange={setOptions} stakeholders={sources.stakeholders} excludedSensitive={model.excludedSensitive} />
        <section className="brief-preview" aria-label={t('brief.preview')}>
          <iframe title={t('brief.preview')} className="brief-preview__frame" sandbox="" srcDoc={html} data-testid="brief-preview" />
        </section>
      </div>
    </>
  )
}

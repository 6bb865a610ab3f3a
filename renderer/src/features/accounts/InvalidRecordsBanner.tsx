import { useMemo } from 'react'
import { mergeInvalidRecords, useIntegrityReport, type InvalidRecord } from '#data'
import { useI18n } from '#i18n'
import { Icons } from '#ui'

/**
 * Stored rows that fail their schema are hidden, reported here, and never deleted: the rows the screen
 * read itself (`invalid`) and those the start-up integrity scan found anywhere, each once.
 */
export function InvalidRecordsBanner({ invalid }: { invalid: readonly InvalidRecord[] }) {
  const { t } = useI18n()
  const scanned = useIntegrityReport().invalid
  const all = useMemo(() => mergeInvalidRecords(invalid, scanned), [invalid, scanned])
  if (all.length === 0) return null
  return (
    <div className="banner banner--warning" role="alert" title={all.map((r) => `${r.table}/${r.id}: ${r.message}`).join('\n')}>
      <Icons.Alert />
      <span>{t('accounts.invalidRecords', { count: all.length })}</span>
    </div>
  )
}

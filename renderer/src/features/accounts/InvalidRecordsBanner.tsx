import type { InvalidRecord } from '#data'
import { useI18n } from '#i18n'
import { Icons } from '#ui'

/** Stored rows that fail their schema are hidden, reported here, and never deleted. */
export function InvalidRecordsBanner({ invalid }: { invalid: readonly InvalidRecord[] }) {
  const { t } = useI18n()
  if (invalid.length === 0) return null
  return (
    <div className="banner banner--warning" role="alert" title={invalid.map((r) => `${r.table}/${r.id}: ${r.message}`).join('\n')}>
      <Icons.Alert />
      <span>{t('accounts.invalidRecords', { count: invalid.length })}</span>
    </div>
  )
}

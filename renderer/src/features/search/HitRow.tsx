import type { SearchHit } from '#shared/domain/search'
import { CHANNEL_TABLE } from '#shared/domain/values'
import type { RecentRecord } from '#data'
import { useI18n } from '#i18n'
import { Badge } from '#ui'
import { Marked } from './Marked'

/** One search result: its title and snippet with the match marked, a finding's channel, check and date, and the account. */
export function HitRow({ hit, title }: { hit: SearchHit; title: string }) {
  const { t, formatDay } = useI18n()
  const { doc } = hit
  return (
    <>
      <div className="search__hit-head">
        <span className="search__hit-title">
          <Marked text={title} marks={hit.marks} />
        </span>
        {doc.kind === 'finding' && (
          <>
            {doc.channel && <Badge tone="neutral">{t(CHANNEL_TABLE[doc.channel].label)}</Badge>}
            <Badge tone={doc.verified ? 'success' : 'neutral'}>{t(doc.verified ? 'dossier.finding.verified' : 'dossier.finding.unverified')}</Badge>
            {doc.date !== undefined && <span className="ui-muted search__hit-date">{formatDay(doc.date)}</span>}
          </>
        )}
        {doc.kind !== 'account' && <span className="ui-muted search__hit-account">{doc.accountName}</span>}
      </div>
      {hit.snippet && (
        <div className="search__snippet">
          <Marked text={hit.snippet} marks={hit.marks} />
        </div>
      )}
    </>
  )
}

/** A recently opened record, as it was named when opened. */
export function RecentRow({ record }: { record: RecentRecord }) {
  const { t } = useI18n()
  return (
    <div className="search__hit-head">
      <Badge tone={record.kind === 'account' ? 'accent' : 'neutral'}>{t(`search.kind.${record.kind}`)}</Badge>
      <span className="search__hit-title">{record.title}</span>
      {record.kind !== 'account' && <span className="ui-muted search__hit-account">{record.accountName}</span>}
    </div>
  )
}

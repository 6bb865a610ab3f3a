import { nextVisitCadence, type CadenceAssessments, type VisitLike } from '#shared/domain/cadence'
import { useI18n } from '#i18n'
import { Badge } from '#ui'

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** "Mar 5" / "3月5日": one formatter per language, not one per row. */
function formatDay(language: string, ms: number): string {
  let format = dayFormats.get(language)
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' })))
  return format.format(ms)
}

/** When this account should be revisited, from its visits, positioning and grades. */
export function NextVisitCell({ visits, account, now }: { visits: readonly VisitLike[]; account: CadenceAssessments; now: number }) {
  const { t, language } = useI18n()
  const cadence = nextVisitCadence(visits, account, now)
  if (cadence.plannedAt !== null) return <Badge tone="accent">{t('accounts.nextVisit.planned', { date: formatDay(language, cadence.plannedAt) })}</Badge>
  switch (cadence.kind) {
    case 'noVisits':
      return <span className="ui-muted">{t('accounts.nextVisit.none')}</span>
    case 'due':
      return (
        <Badge tone="danger" dot>
          {cadence.overdueDays === 0 ? t('accounts.nextVisit.today') : t('accounts.nextVisit.overdue', { days: cadence.overdueDays })}
        </Badge>
      )
    case 'ok':
      return <span className="ui-muted">{t('accounts.nextVisit.inDays', { days: cadence.inDays })}</span>
  }
}

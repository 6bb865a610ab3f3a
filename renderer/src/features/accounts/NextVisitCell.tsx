import { nextVisitCadence } from '../../../../shared/domain/cadence'
import type { Positioning } from '../../../../shared/schemas/enums'
import { useI18n } from '../../app/i18n'
import { Badge } from '../../ui'

/** When this account should be revisited, from its visits and positioning. */
export function NextVisitCell({ visitDates, positioning, now }: { visitDates: readonly number[]; positioning: Positioning | null; now: number }) {
  const { t, language } = useI18n()
  const cadence = nextVisitCadence(visitDates, positioning, now)
  const day = (ms: number) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }).format(ms)
  switch (cadence.kind) {
    case 'noVisits':
      return <span className="ui-muted">{t('accounts.nextVisit.none')}</span>
    case 'planned':
      return <Badge tone="accent">{t('accounts.nextVisit.planned', { date: day(cadence.plannedAt) })}</Badge>
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

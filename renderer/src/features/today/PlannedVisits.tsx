import type { PlannedVisit } from '#shared/domain/today'
import { Badge } from '#ui'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel, useCapped } from './TodayItem'

export function PlannedVisits({ rows, f }: { rows: PlannedVisit[]; f: TodayFormat }) {
  const { t } = f
  const { shown, toggle } = useCapped(rows, 8)
  return (
    <TodayPanel title={t('today.planned.title')} count={rows.length}>
      {rows.length === 0 ? (
        <TodayEmpty title={t('today.planned.empty.title')} body={t('today.planned.empty.body')} />
      ) : (
        <ul className="today-list">
          {shown.map((plan) => (
            <TodayItem
              key={plan.visitId}
              testId="planned-visit"
              to={{ name: 'account', id: plan.accountId, tab: 'visits' }}
              title={
                <>
                  <span className="today-when">{plan.time ? `${f.day(plan.date)} ${plan.time}` : f.day(plan.date)}</span>
                  {plan.accountName}
                </>
              }
              meta={`${f.kind(plan.kind)} · ${plan.objective || t('today.planned.noObjective')}`}
              trailing={plan.unlogged ? <Badge tone="warning" dot>{t('today.planned.unlogged')}</Badge> : null}
            />
          ))}
        </ul>
      )}
      {toggle}
    </TodayPanel>
  )
}

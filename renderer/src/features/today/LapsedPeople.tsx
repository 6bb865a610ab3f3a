import type { LapsedPerson } from '#shared/domain/today'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel, useCapped } from './TodayItem'

export function LapsedPeople({ rows, f }: { rows: LapsedPerson[]; f: TodayFormat }) {
  const { t } = f
  const { shown, toggle } = useCapped(rows, 6)
  return (
    <TodayPanel title={t('today.people.title')} count={rows.length}>
      {rows.length === 0 ? (
        <TodayEmpty title={t('today.people.empty.title')} body={t('today.people.empty.body')} />
      ) : (
        <ul className="today-list">
          {shown.map((p) => {
            const role = f.role(p.role)
            const name = p.name
            return (
              <TodayItem
                key={p.personId}
                testId="lapsed-person"
                to={{ name: 'account', id: p.accountId, tab: 'stakeholders' }}
                title={p.daysSinceContact === null ? t('today.people.never', { name, role }) : t('today.people.lapsed', { name, role, days: p.daysSinceContact })}
                meta={[p.accountName, p.title, t('today.people.cadence', { role, days: p.cadenceDays })].filter(Boolean).join(' · ')}
              />
            )
          })}
        </ul>
      )}
      {toggle}
    </TodayPanel>
  )
}

import type { RecentItem } from '#shared/domain/today'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel } from './TodayItem'

export function RecentActivity({ rows, f }: { rows: RecentItem[]; f: TodayFormat }) {
  const { t } = f
  return (
    <TodayPanel title={t('today.recent.title')}>
      {rows.length === 0 ? (
        <TodayEmpty title={t('today.recent.empty.title')} body={t('today.recent.empty.body')} />
      ) : (
        <ul className="today-list">
          {rows.map((item) => (
            <TodayItem
              key={item.id}
              testId="recent-item"
              to={{ name: 'account', id: item.accountId, tab: 'visits' }}
              title={item.accountName}
              meta={[item.type === 'visit' ? f.kind(item.kind) : t('today.recent.objection'), item.text].filter(Boolean).join(' · ')}
              trailing={<span className="ui-subtle">{f.day(item.at)}</span>}
            />
          ))}
        </ul>
      )}
    </TodayPanel>
  )
}

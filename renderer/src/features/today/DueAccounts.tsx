import { DUE_GROUPS, type DueAccount, type DueGroup } from '#shared/domain/today'
import type { Classification } from '#shared/schemas'
import { Badge } from '#ui'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel, useCapped } from './TodayItem'

const CLASS_TONE = { target: 'success', watch: 'warning', other: 'neutral' } as const satisfies Record<Classification, string>
const GROUP_TITLE = { overdue: 'today.due.overdue', today: 'today.due.today', thisWeek: 'today.due.thisWeek', noVisits: 'today.due.noVisits' } as const

export function DueAccounts({ rows, f }: { rows: DueAccount[]; f: TodayFormat }) {
  const { t } = f
  return (
    <TodayPanel title={t('today.due.title')} count={rows.length} className="today-panel--due">
      {rows.length === 0 ? <TodayEmpty title={t('today.due.empty.title')} body={t('today.due.empty.body')} /> : null}
      {DUE_GROUPS.map((group) => (
        <DueGroupList key={group} group={group} rows={rows.filter((r) => r.group === group)} f={f} />
      ))}
    </TodayPanel>
  )
}

/** Shown before "show all": enough to act on today without pushing the rest of the screen away. */
const GROUP_LIMIT = 6

function DueGroupList({ group, rows, f }: { group: DueGroup; rows: DueAccount[]; f: TodayFormat }) {
  const { shown, toggle } = useCapped(rows, GROUP_LIMIT)
  if (rows.length === 0) return null
  return (
    <div className={`today-group today-group--${group}`} data-testid={`due-${group}`}>
      <h3 className="today-group__title">
        {f.t(GROUP_TITLE[group])} <span className="today-group__count">{rows.length}</span>
      </h3>
      <ul className="today-list">
        {shown.map((row) => (
          <DueRow key={row.accountId} row={row} f={f} />
        ))}
      </ul>
      {toggle}
    </div>
  )
}

function DueRow({ row, f }: { row: DueAccount; f: TodayFormat }) {
  const { t } = f
  const contact = row.lastContactAt === null ? t('today.due.never') : t('today.due.lastContact', { ago: f.ago(row.lastContactAt) })
  const meta = row.group === 'noVisits' ? contact : `${contact} · ${f.cadence(row.intervalDays, row.reason)}`
  return (
    <TodayItem
      testId="due-account"
      to={{ name: 'account', id: row.accountId, tab: 'visits' }}
      title={
        <>
          {row.name} <Badge tone={CLASS_TONE[row.classification]}>{t(`classification.${row.classification}`)}</Badge>
        </>
      }
      meta={meta}
      trailing={
        <>
          {row.plannedAt !== null ? <Badge tone="accent">{t('today.due.planned', { date: f.day(row.plannedAt) })}</Badge> : null}
          <DueBadge group={row.group} row={row} f={f} />
        </>
      }
    />
  )
}

function DueBadge({ group, row, f }: { group: DueGroup; row: DueAccount; f: TodayFormat }) {
  const { t } = f
  if (group === 'overdue') return <Badge tone="danger" dot>{t('today.due.overdueBy', { days: row.overdueDays })}</Badge>
  if (group === 'today') return <Badge tone="warning" dot>{t('today.due.today')}</Badge>
  if (group === 'thisWeek' && row.dueAt !== null) return <span className="ui-muted">{t('today.due.dueOn', { date: f.day(row.dueAt) })}</span>
  return null
}

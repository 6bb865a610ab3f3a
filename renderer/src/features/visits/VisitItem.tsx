import { VISIT_KIND_TABLE } from '#shared/domain/values/visitKinds'
import type { Stakeholder, Visit } from '#data'
import { useI18n } from '#i18n'
import { formatList } from '#shared/i18n/translate'
import { Badge, Button, Icons } from '#ui'
import { AnswersToDossier } from './AnswersToDossier'
import { RecordActions } from './RecordActions'
import { isUnloggedPlan, openTaskCount } from './visitForm'

/** One visit in the list: kind, day (and time when the rep gave one), plan or record, open tasks. */
export function VisitItem({
  visit: v,
  stakeholders,
  now,
  onEdit,
  onLogOutcome,
  onDelete,
  index,
  setSize,
  measure
}: {
  visit: Visit
  /** Position in a virtualised list, and the ref that measures the drawn item. */
  index?: number
  setSize?: number
  measure?: (element: HTMLLIElement | null) => void
  stakeholders: readonly Stakeholder[]
  now: number
  onEdit(): void
  onLogOutcome(): void
  onDelete(): void
}) {
  const { t, language, formatDay } = useI18n()
  const attendeeNames = v.attendeeIds.flatMap((id) => stakeholders.filter((s) => s.id === id).map((s) => s.name))
  const names = formatList(language, attendeeNames)
  const openTasks = openTaskCount(v)
  const colon = language === 'zh-CN' ? '：' : ': '
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      className={v.status === 'done' ? 'record-list__item is-done' : 'record-list__item'} data-testid="visit-item">
      <div className="record-list__main">
        <div className="record-list__title">
          <span className="record-list__date">
            {formatDay(v.date)}
            {v.time && ` ${v.time}`}
          </span>
          <span className="visit-kind">{t(VISIT_KIND_TABLE[v.kind].label)}</span>
          {v.status === 'planned' && <Badge tone="accent">{t('visits.planned')}</Badge>}
          {isUnloggedPlan(v, now) && <Badge tone="warning">{t('visits.notLogged')}</Badge>}
          {openTasks > 0 && <Badge tone="info">{t('visits.tasks.open', { count: openTasks })}</Badge>}
          {v.objective}
        </div>
        {v.outcome && <div className="record-list__body">{v.outcome}</div>}
        {v.nextReason && (
          <div className="record-list__meta">
            {t('visits.nextReason')}
            {colon}
            {v.nextReason}
          </div>
        )}
        {names && (
          <div className="record-list__meta">
            {v.status === 'done' ? t('visits.attendees') : t('visits.whoToMeet')}
            {colon}
            {names}
          </div>
        )}
        {v.status === 'planned' && v.questions.length > 0 && (
          <div className="record-list__meta">
            {t('visits.questions')}
            {colon}
            {v.questions.map((q) => q.text).join(language === 'zh-CN' ? '；' : '; ')}
          </div>
        )}
        {v.status === 'done' && <AnswersToDossier visit={v} stakeholders={stakeholders} />}
        {v.status === 'planned' && (
          <div>
            <Button size="sm" icon={<Icons.Check />} onClick={onLogOutcome}>
              {t('visits.logOutcome')}
            </Button>
          </div>
        )}
      </div>
      <RecordActions editLabel={t('visits.edit')} onEdit={onEdit} onDelete={onDelete} />
    </li>
  )
}

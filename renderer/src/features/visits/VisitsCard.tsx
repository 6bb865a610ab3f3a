import { nextVisitCadence } from '#shared/domain/cadence'
import type { Account, Stakeholder, Visit } from '#data'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { Badge, Button, Card, Checkbox, Icons, TextArea, TextField } from '#ui'
import { RecordActions } from './RecordActions'
import { RecordDialog } from './RecordDialog'
import { dateInputValue, fromDateInput } from './dates'
import { useRecordEditor } from './useRecordEditor'

interface VisitForm {
  kept: Pick<Visit, 'kind' | 'time' | 'questions' | 'tasks'>
  date: string
  objective: string
  outcome: string
  nextReason: string
  attendeeIds: string[]
}

const toForm = (v: Visit): VisitForm => ({ kept: { kind: v.kind, time: v.time, questions: v.questions, tasks: v.tasks }, date: dateInputValue(v.date), objective: v.objective, outcome: v.outcome, nextReason: v.nextReason, attendeeIds: v.attendeeIds })

/** The visit log with the revisit cadence that follows from the account's positioning. */
export function VisitsCard({ account, visits, stakeholders }: { account: Account; visits: readonly Visit[]; stakeholders: readonly Stakeholder[] }) {
  const { t, formatDay: day } = useI18n()
  const { visits: repo } = useRepositories()
  const editor = useRecordEditor<Visit, VisitForm>(repo, t('visits.deleted'))
  const now = Date.now()
  const sorted = [...visits].sort((a, b) => b.date - a.date)
  const names = (ids: readonly string[]) => ids.flatMap((id) => stakeholders.filter((s) => s.id === id).map((s) => s.name)).join('、')

  const cadence = nextVisitCadence(visits, account, now)
  const cadenceText = (() => {
    if (cadence.plannedAt !== null) return t('visits.cadence.planned', { date: day(cadence.plannedAt) })
    switch (cadence.kind) {
      case 'noVisits':
        return t('visits.cadence.noVisits')
      case 'due':
        return cadence.overdueDays === 0
          ? t('visits.cadence.dueToday', { interval: cadence.intervalDays })
          : t('visits.cadence.due', { days: cadence.overdueDays, date: day(cadence.dueAt), interval: cadence.intervalDays })
      case 'ok':
        return t('visits.cadence.ok', { date: day(cadence.dueAt), days: cadence.inDays, interval: cadence.intervalDays })
    }
  })()

  const blank = (): VisitForm => ({ kept: { kind: 'visit', time: null, questions: [], tasks: [] }, date: dateInputValue(now), objective: '', outcome: '', nextReason: '', attendeeIds: [] })
  const values = editor.editing?.values
  const save = () =>
    values &&
    editor.save({
      accountId: account.id,
      ...values.kept,
      status: fromDateInput(values.date) > now && values.outcome.trim() === '' ? 'planned' : 'done',
      date: fromDateInput(values.date),
      objective: values.objective,
      outcome: values.outcome,
      nextReason: values.nextReason,
      attendeeIds: values.attendeeIds
    })

  return (
    <Card
      title={t('visits.title')}
      actions={
        <Button size="sm" icon={<Icons.Plus />} onClick={() => editor.open(blank())}>
          {t('visits.add')}
        </Button>
      }
    >
      <div className={`cadence cadence--${cadence.kind}`} data-testid="visit-cadence">
        <Icons.Calendar /> {cadenceText}
      </div>
      {sorted.length === 0 ? (
        <p className="ui-muted">{t('visits.empty')}</p>
      ) : (
        <ol className="record-list">
          {sorted.map((v) => (
            <li key={v.id} className="record-list__item" data-testid="visit-item">
              <div className="record-list__main">
                <div className="record-list__title">
                  <span className="record-list__date">{day(v.date)}</span>
                  {v.status === 'planned' && <Badge tone="accent">{t('visits.planned')}</Badge>}
                  {v.objective}
                </div>
                {v.outcome && <div className="record-list__body">{v.outcome}</div>}
                {v.nextReason && (
                  <div className="record-list__meta">
                    {t('visits.nextReason')}: {v.nextReason}
                  </div>
                )}
                {v.attendeeIds.length > 0 && (
                  <div className="record-list__meta">
                    {t('visits.attendees')}: {names(v.attendeeIds)}
                  </div>
                )}
              </div>
              <RecordActions editLabel={t('visits.edit')} onEdit={() => editor.open(toForm(v), v.id)} onDelete={() => void editor.remove(v.id)} />
            </li>
          ))}
        </ol>
      )}
      {values && (
        <RecordDialog
          open
          title={editor.editing?.id ? t('visits.edit') : t('visits.add')}
          onClose={editor.close}
          onSave={() => void save()}
          hasErrors={editor.hasErrors}
        >
          <TextField type="date" label={t('visits.date')} required value={values.date} error={editor.errorText('date')} onChange={(e) => editor.update({ date: e.target.value })} />
          <TextField
            label={t('visits.objective')}
            hint={t('visits.objective.hint')}
            value={values.objective}
            error={editor.errorText('objective')}
            onChange={(e) => editor.update({ objective: e.target.value })}
          />
          <TextArea label={t('visits.outcome')} rows={3} value={values.outcome} error={editor.errorText('outcome')} onChange={(e) => editor.update({ outcome: e.target.value })} />
          <TextField
            label={t('visits.nextReason')}
            hint={t('visits.nextReason.hint')}
            value={values.nextReason}
            error={editor.errorText('nextReason')}
            onChange={(e) => editor.update({ nextReason: e.target.value })}
          />
          {stakeholders.length > 0 && (
            <fieldset className="record-fieldset">
              <legend>{t('visits.attendees')}</legend>
              {stakeholders.map((s) => (
                <Checkbox
                  key={s.id}
                  label={s.name}
                  description={s.title || undefined}
                  checked={values.attendeeIds.includes(s.id)}
                  onChange={(e) =>
                    editor.update({ attendeeIds: e.target.checked ? [...values.attendeeIds, s.id] : values.attendeeIds.filter((id) => id !== s.id) })
                  }
                />
              ))}
            </fieldset>
          )}
        </RecordDialog>
      )}
    </Card>
  )
}

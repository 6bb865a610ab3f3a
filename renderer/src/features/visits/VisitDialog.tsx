import { VISIT_KIND_TABLE } from '#shared/domain/values/visitKinds'
import { VISIT_KINDS } from '#shared/schemas/enums'
import type { Stakeholder } from '#data'
import { useI18n } from '#i18n'
import { Checkbox, DateField, SelectField, TextArea, TextField } from '#ui'
import { fromDateInput } from './dates'
import { OutcomeCapture } from './OutcomeCapture'
import { QuestionsField } from './QuestionsField'
import { RecordDialog } from './RecordDialog'
import { TasksField } from './TasksField'
import { statusOf, type VisitForm } from './visitForm'

/**
 * One visit as plan (kind, when, who to meet, objective, questions) and, once done, as record (answers,
 * outcome, reason for the next visit, follow-up tasks).
 */
export function VisitDialog({
  accountId,
  title,
  values,
  stakeholders,
  update,
  errorText,
  hasErrors,
  onSave,
  onClose
}: {
  accountId: string
  title: string
  values: VisitForm
  stakeholders: readonly Stakeholder[]
  update(patch: Partial<VisitForm>): void
  errorText(field: string): string | undefined
  hasErrors: boolean
  onSave(): void
  onClose(): void
}) {
  const { t } = useI18n()
  const record = statusOf(values, Date.now()) === 'done'
  return (
    <RecordDialog open title={title} onClose={onClose} onSave={onSave} hasErrors={hasErrors}>
      <SelectField
        label={t('visits.kind')}
        hint={t(VISIT_KIND_TABLE[values.kind].hint)}
        value={values.kind}
        options={VISIT_KINDS.map((kind) => ({ value: kind, label: t(VISIT_KIND_TABLE[kind].label) }))}
        onChange={(e) => update({ kind: VISIT_KINDS.find((k) => k === e.target.value) ?? values.kind })}
      />
      <div className="visit-when">
        <DateField label={t('visits.date')} required value={values.date} error={errorText('date')} onValueChange={(date) => update({ date })} />
        <TextField type="time" label={t('visits.time')} hint={t('visits.time.hint')} value={values.time} error={errorText('time')} onChange={(e) => update({ time: e.target.value })} />
      </div>
      {stakeholders.length > 0 && (
        <fieldset className="record-fieldset">
          <legend>{record ? t('visits.attendees') : t('visits.whoToMeet')}</legend>
          {stakeholders.map((s) => (
            <Checkbox
              key={s.id}
              label={s.name}
              description={s.title || undefined}
              checked={values.attendeeIds.includes(s.id)}
              onChange={(e) => update({ attendeeIds: e.target.checked ? [...values.attendeeIds, s.id] : values.attendeeIds.filter((id) => id !== s.id) })}
            />
          ))}
        </fieldset>
      )}
      <TextField
        label={t('visits.objective')}
        hint={t('visits.objective.hint')}
        value={values.objective}
        error={errorText('objective')}
        onChange={(e) => update({ objective: e.target.value })}
      />
      <QuestionsField questions={values.questions} onChange={(questions) => update({ questions })} withAnswers={record} errorText={errorText} />
      {record && (
        <>
          <TextArea label={t('visits.outcome')} rows={3} value={values.outcome} error={errorText('outcome')} onChange={(e) => update({ outcome: e.target.value })} />
          <OutcomeCapture
            accountId={accountId}
            text={values.outcome}
            date={Number.isFinite(fromDateInput(values.date)) ? fromDateInput(values.date) : Date.now()}
            stakeholders={stakeholders}
            onAdded={(id) => update({ attendeeIds: [...values.attendeeIds, id] })}
          />
          <TextField
            label={t('visits.nextReason')}
            hint={t('visits.nextReason.hint')}
            value={values.nextReason}
            error={errorText('nextReason')}
            onChange={(e) => update({ nextReason: e.target.value })}
          />
          <TasksField tasks={values.tasks} onChange={(tasks) => update({ tasks })} errorText={errorText} />
        </>
      )}
    </RecordDialog>
  )
}

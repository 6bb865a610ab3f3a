import { useState } from 'react'
import { addCalendarDays, nextVisitCadence } from '#shared/domain/cadence'
import { VISIT_KIND_TABLE } from '#shared/domain/values/visitKinds'
import { VISIT_KINDS, type VisitKind } from '#shared/schemas/enums'
import { errorMessage, useNextPlannedVisit, useRepositories, ValidationError, type Account, type Stakeholder, type Visit } from '#data'
import { useI18n } from '#i18n'
import { Button, Card, Checkbox, DateField, Icons, SelectField, TextArea, useToast } from '#ui'
import { QuestionsField, dateInputValue, fromDateInput } from '../visits'
import { usePlannedVisitDraft } from './usePlannedVisitDraft'

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item))

/** What the rep prepares for the next visit, kept on the account's next planned visit. */
export function NextVisitCard({ account, visits, stakeholders }: { account: Account; visits: readonly Visit[]; stakeholders: readonly Stakeholder[] }) {
  const { t } = useI18n()
  const planned = useNextPlannedVisit(account.id)
  return (
    <Card title={t('brief.section.nextVisit')}>
      {planned === undefined ? null : planned ? (
        <PlannedVisitEditor key={planned.id} visit={planned} stakeholders={stakeholders} />
      ) : (
        <PlanNextVisit account={account} visits={visits} />
      )}
    </Card>
  )
}

function PlanNextVisit({ account, visits }: { account: Account; visits: readonly Visit[] }) {
  const { t } = useI18n()
  const toast = useToast()
  const { visits: repo } = useRepositories()
  const [defaults] = useState(() => {
    const now = Date.now()
    const cadence = nextVisitCadence(visits, account, now)
    const kind: VisitKind = visits.some((v) => v.status === 'done') ? 'revisit' : 'firstVisit'
    return { date: dateInputValue(cadence.kind === 'ok' ? cadence.dueAt : addCalendarDays(now, 0)), kind }
  })
  const [date, setDate] = useState(defaults.date)
  const [kind, setKind] = useState<VisitKind>(defaults.kind)
  const [dateError, setDateError] = useState<string | undefined>()

  const plan = async () => {
    try {
      await repo.create({
        accountId: account.id, kind, status: 'planned', date: fromDateInput(date), time: null, objective: '', questions: [],
        outcome: '', nextReason: '', attendeeIds: [], tasks: []
      })
    } catch (error) {
      if (error instanceof ValidationError && error.fieldErrors.date) setDateError(t(error.fieldErrors.date.key, error.fieldErrors.date.params))
      else toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, error) }) })
    }
  }

  return (
    <div className="ui-stack">
      <p className="ui-muted">{t('brief.noPlan')}</p>
      <DateField label={t('visits.date')} required value={date} error={dateError} onValueChange={setDate} />
      <SelectField
        label={t('visits.kind')}
        hint={t(VISIT_KIND_TABLE[kind].hint)}
        value={kind}
        options={VISIT_KINDS.map((k) => ({ value: k, label: t(VISIT_KIND_TABLE[k].label) }))}
        onChange={(e) => setKind(VISIT_KINDS.find((k) => k === e.target.value) ?? kind)}
      />
      <div>
        <Button variant="primary" icon={<Icons.Calendar />} onClick={() => void plan()}>
          {t('brief.composer.plan')}
        </Button>
      </div>
    </div>
  )
}

function PlannedVisitEditor({ visit, stakeholders }: { visit: Visit; stakeholders: readonly Stakeholder[] }) {
  const { t, formatDay } = useI18n()
  const { fields, change } = usePlannedVisitDraft(visit)
  const when = [formatDay(visit.date), visit.time, t(VISIT_KIND_TABLE[visit.kind].label)].filter(Boolean).join(' · ')
  return (
    <div className="ui-stack">
      <p className="brief-plan__when" data-testid="brief-plan-when">
        <Icons.Calendar /> {t('brief.composer.planned', { when })}
      </p>
      <p className="ui-field__hint">{t('brief.composer.plan.hint')}</p>
      <TextArea
        label={t('brief.composer.nextObjective')}
        hint={t('brief.composer.nextObjective.hint')}
        rows={2}
        value={fields.objective}
        onChange={(e) => change({ objective: e.target.value })}
      />
      <QuestionsField questions={fields.questions} onChange={(questions) => change({ questions })} withAnswers={false} />
      <fieldset className="record-fieldset">
        <legend>{t('brief.composer.attendees')}</legend>
        {stakeholders.length === 0 ? (
          <p className="ui-muted">{t('brief.noPeople')}</p>
        ) : (
          stakeholders.map((s) => (
            <Checkbox
              key={s.id}
              label={s.name}
              description={s.title || undefined}
              checked={fields.attendeeIds.includes(s.id)}
              onChange={(e) => change({ attendeeIds: toggle(fields.attendeeIds, s.id, e.target.checked) })}
            />
          ))
        )}
      </fieldset>
    </div>
  )
}

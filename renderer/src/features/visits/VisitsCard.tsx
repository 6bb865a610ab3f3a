import { useCallback, useRef, useState } from 'react'
import { nextVisitCadence } from '#shared/domain/cadence'
import type { Account, Stakeholder, Visit } from '#data'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { useCommandAction } from '#app/useSaveShortcut'
import { useRevealRecord, type RevealKind } from '#app/reveal'
import { Button, Card, ConfirmDialog, Icons, useScrollParentVirtualizer } from '#ui'
import { VisitDialog } from './VisitDialog'
import { VisitItem } from './VisitItem'
import { useRecordEditor } from './useRecordEditor'
import { blankVisitForm, formToDraft, statusOf, visitToForm, type VisitForm } from './visitForm'
import './visitPlan.css'

const REVEALS: readonly RevealKind[] = ['visit']

/** Visits as plan and record, with the revisit cadence that follows from the account's positioning. */
export function VisitsCard({ account, visits, stakeholders }: { account: Account; visits: readonly Visit[]; stakeholders: readonly Stakeholder[] }) {
  const { t, formatDay: day } = useI18n()
  const { visits: repo } = useRepositories()
  const editor = useRecordEditor<Visit, VisitForm>(repo, t('visits.deleted'), t('undo.label.deleteVisit'))
  // Which dialog title: a plan turned into a record says so.
  const [loggingOutcome, setLoggingOutcome] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null)
  const now = Date.now()
  const sorted = [...visits].sort((a, b) => b.date - a.date || (b.time ?? '').localeCompare(a.time ?? ''))

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

  const values = editor.editing?.values
  const save = () => values && editor.save(formToDraft(values, account.id, now))
  const open = (form: VisitForm, id: string | null = null, logging = false) => {
    setLoggingOutcome(logging)
    editor.open(form, id)
  }
  // A search hit on a visit opens it as its edit button does.
  useRevealRecord(REVEALS, account.id, visits, (v) => open(visitToForm(v), v.id))
  const hasDone = visits.some((v) => v.status === 'done')
  useCommandAction('visit.plan', () => open(blankVisitForm(now, hasDone ? 'revisit' : 'firstVisit', 'planned')))
  useCommandAction('visit.log', () => open(blankVisitForm(now, hasDone ? 'revisit' : 'firstVisit', 'done')))
  const title = !values
    ? ''
    : loggingOutcome
      ? t('visits.logOutcome')
      : editor.editing?.id
        ? t('visits.edit')
        : statusOf(values, now) === 'planned'
          ? t('visits.plan')
          : t('visits.add')

  return (
    <Card
      title={t('visits.title')}
      actions={
        <>
          <Button size="sm" icon={<Icons.Calendar />} onClick={() => open(blankVisitForm(now, hasDone ? 'revisit' : 'firstVisit', 'planned'))}>
            {t('visits.plan')}
          </Button>
          <Button size="sm" icon={<Icons.Plus />} onClick={() => open(blankVisitForm(now, hasDone ? 'revisit' : 'firstVisit', 'done'))}>
            {t('visits.add')}
          </Button>
        </>
      }
    >
      <div className={`cadence cadence--${cadence.kind}`} data-testid="visit-cadence">
        <Icons.Calendar /> {cadenceText}
      </div>
      {sorted.length === 0 ? (
        <p className="ui-muted">{t('visits.empty')}</p>
      ) : (
        <VisitList
          visits={sorted}
          stakeholders={stakeholders}
          now={now}
          onEdit={(v) => open(visitToForm(v), v.id)}
          onLogOutcome={(v) => open(visitToForm(v, 'done'), v.id, true)}
          onDelete={(v) => setConfirmDelete(v.id)}
        />
      )}
      {values && (
        <VisitDialog
          accountId={account.id}
          title={title}
          values={values}
          stakeholders={stakeholders}
          update={editor.update}
          errorText={editor.errorText}
          hasErrors={editor.hasErrors}
          onSave={() => void save()}
          onClose={editor.close}
        />
      )}
      <ConfirmDialog
        open={confirmDelete !== null}
        tone="danger"
        title={t('undo.deleteConfirm.visit.title')}
        body={t('undo.deleteConfirm.visit.body')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirmDelete(null)}
        onConfirm={() => {
          const id = confirmDelete
          setConfirmDelete(null)
          if (id) void editor.remove(id)
        }}
      />
    </Card>
  )
}

const ESTIMATED_VISIT_HEIGHT = 96
const VISIT_OVERSCAN = 10

/**
 * The visits, newest first, virtualised in the page's scroller: five years of visits at a key account
 * draw only the ones near the viewport. `aria-setsize`/`aria-posinset` keep the list's size for
 * assistive technology.
 */
function VisitList({
  visits,
  stakeholders,
  now,
  onEdit,
  onLogOutcome,
  onDelete
}: {
  visits: readonly Visit[]
  stakeholders: readonly Stakeholder[]
  now: number
  onEdit(visit: Visit): void
  onLogOutcome(visit: Visit): void
  onDelete(visit: Visit): void
}) {
  const listRef = useRef<HTMLOListElement>(null)
  const keyOf = useCallback((index: number) => visits[index]!.id, [visits])
  const { virtualizer, items, before, after } = useScrollParentVirtualizer<HTMLLIElement>({
    count: visits.length,
    getItemKey: keyOf,
    estimateSize: ESTIMATED_VISIT_HEIGHT,
    overscan: VISIT_OVERSCAN,
    anchorRef: listRef
  })
  return (
    <ol ref={listRef} className="record-list" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map(({ index }) => {
        const v = visits[index]!
        return (
          <VisitItem
            key={v.id}
            index={index}
            setSize={visits.length}
            measure={virtualizer.measureElement}
            visit={v}
            stakeholders={stakeholders}
            now={now}
            onEdit={() => onEdit(v)}
            onLogOutcome={() => onLogOutcome(v)}
            onDelete={() => onDelete(v)}
          />
        )
      })}
    </ol>
  )
}

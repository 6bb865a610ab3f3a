import { OBJECTION_CONTENT_TABLE, OBJECTION_HANDLING_TABLE, OBJECTION_NATURE_TABLE } from '#shared/domain/values'
import { VISIT_KIND_TABLE } from '#shared/domain/values/visitKinds'
import { OBJECTION_CONTENTS, OBJECTION_HANDLINGS, OBJECTION_NATURES, type ObjectionHandling } from '#shared/schemas/enums'
import { useAccountRecords, useRepositories, type Objection, type Stakeholder, type Visit } from '#data'
import { useI18n } from '#i18n'
import { useCommandAction } from '#app/useSaveShortcut'
import { useRevealRecord, type RevealKind } from '#app/reveal'
import { Badge, Button, Card, Checkbox, Icons, SelectField, TextArea } from '#ui'
import { AnswerLibraryPanel } from './AnswerLibraryPanel'
import { RecordActions } from './RecordActions'
import { RecordDialog } from './RecordDialog'
import { useRecordEditor } from './useRecordEditor'

type ObjectionForm = Pick<Objection, 'content' | 'nature' | 'text' | 'response' | 'handling' | 'status' | 'raisedById' | 'visitId' | 'resolvedAt'>

const blank = (): ObjectionForm => ({
  content: 'price',
  nature: 'genuine',
  text: '',
  response: '',
  handling: null,
  status: 'open',
  raisedById: null,
  visitId: null,
  resolvedAt: null
})

const NO_PEOPLE: readonly Stakeholder[] = []
const NO_VISITS: readonly Visit[] = []
const REVEALS: readonly RevealKind[] = ['objection']

/** Objections heard at this account, who raised them and at which visit, with the prepared answer; open ones first. */
export function ObjectionsCard({ accountId, objections }: { accountId: string; objections: readonly Objection[] }) {
  const { t, language, formatDay } = useI18n()
  const { objections: repo } = useRepositories()
  const records = useAccountRecords(accountId)
  const people = records?.stakeholders ?? NO_PEOPLE
  const visits = [...(records?.visits ?? NO_VISITS)].sort((a, b) => b.date - a.date)
  const editor = useRecordEditor<Objection, ObjectionForm>(repo, t('visits.objections.deleted'), t('undo.label.deleteObjection'))
  const sorted = [...objections].sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.updatedAt - a.updatedAt)
  const values = editor.editing?.values
  useCommandAction('objection.add', () => editor.open(blank()))
  // A search hit on an objection opens it as its edit button does.
  useRevealRecord(REVEALS, accountId, objections, (o) => editor.open({ ...o }, o.id))
  const visitLabel = (v: Visit) => t('visits.objections.visitOption', { date: formatDay(v.date), kind: t(VISIT_KIND_TABLE[v.kind].label) })

  const provenance = (o: Objection) => {
    const person = people.find((p) => p.id === o.raisedById)
    const visit = visits.find((v) => v.id === o.visitId)
    const when = visit
      ? t('visits.objections.atVisit', { kind: t(VISIT_KIND_TABLE[visit.kind].label), date: formatDay(visit.date) })
      : t('visits.objections.notedOn', { date: formatDay(o.createdAt) })
    return person ? `${t('visits.objections.byWhom', { name: person.name })} · ${when}` : when
  }

  return (
    <Card
      title={t('visits.objections')}
      actions={
        <Button size="sm" icon={<Icons.Plus />} onClick={() => editor.open(blank())}>
          {t('visits.objections.add')}
        </Button>
      }
    >
      {sorted.length === 0 ? (
        <p className="ui-muted">{t('visits.objections.empty')}</p>
      ) : (
        <ul className="record-list">
          {sorted.map((o) => (
            <li key={o.id} className={o.status === 'resolved' ? 'record-list__item is-done' : 'record-list__item'} data-testid="objection-item">
              <div className="record-list__main">
                <div className="record-list__title">
                  <Badge tone={o.status === 'open' ? 'warning' : 'success'}>
                    {o.status === 'resolved' && o.resolvedAt !== null
                      ? t('visits.objections.resolvedOn', { date: formatDay(o.resolvedAt) })
                      : t(o.status === 'open' ? 'visits.objections.open' : 'visits.objections.resolved')}
                  </Badge>
                  <span className="ui-muted">
                    {t(OBJECTION_CONTENT_TABLE[o.content].label)} · {t(OBJECTION_NATURE_TABLE[o.nature].label)}
                  </span>
                </div>
                <div className="record-list__body">“{o.text}”</div>
                <div className="record-list__meta" data-testid="objection-provenance">
                  {provenance(o)}
                </div>
                {o.response && (
                  <div className="record-list__meta">
                    {t('visits.objections.response')}
                    {o.handling &&
                      (language === 'zh-CN' ? `（${t(OBJECTION_HANDLING_TABLE[o.handling].label)}）` : ` (${t(OBJECTION_HANDLING_TABLE[o.handling].label)})`)}
                    {language === 'zh-CN' ? '：' : ': '}
                    {o.response}
                  </div>
                )}
              </div>
              <RecordActions editLabel={t('visits.objections.edit')} onEdit={() => editor.open({ ...o }, o.id)} onDelete={() => void editor.remove(o.id)} />
            </li>
          ))}
        </ul>
      )}
      {values && (
        <RecordDialog
          open
          title={editor.editing?.id ? t('visits.objections.edit') : t('visits.objections.add')}
          onClose={editor.close}
          onSave={() => void editor.save({ ...values, accountId })}
          hasErrors={editor.hasErrors}
        >
          <TextArea
            label={t('visits.objections.text')}
            required
            rows={2}
            value={values.text}
            error={editor.errorText('text')}
            onChange={(e) => editor.update({ text: e.target.value })}
          />
          <div className="ui-grid-2">
            <SelectField
              label={t('visits.objections.raisedBy')}
              value={values.raisedById ?? ''}
              placeholder={t('visits.objections.raisedBy.nobody')}
              options={people.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))}
              onChange={(e) => editor.update({ raisedById: people.find((p) => p.id === e.target.value)?.id ?? null })}
            />
            <SelectField
              label={t('visits.objections.visit')}
              value={values.visitId ?? ''}
              placeholder={t('visits.objections.visit.none')}
              options={visits.map((v) => ({ value: v.id, label: visitLabel(v) }))}
              onChange={(e) => editor.update({ visitId: visits.find((v) => v.id === e.target.value)?.id ?? null })}
            />
            <SelectField
              label={t('visits.objections.content')}
              value={values.content}
              options={OBJECTION_CONTENTS.map((c) => ({ value: c, label: t(OBJECTION_CONTENT_TABLE[c].label) }))}
              onChange={(e) => editor.update({ content: OBJECTION_CONTENTS.find((c) => c === e.target.value) ?? values.content })}
            />
            <SelectField
              label={t('visits.objections.nature')}
              value={values.nature}
              options={OBJECTION_NATURES.map((c) => ({ value: c, label: t(OBJECTION_NATURE_TABLE[c].label) }))}
              onChange={(e) => editor.update({ nature: OBJECTION_NATURES.find((c) => c === e.target.value) ?? values.nature })}
            />
          </div>
          <SelectField
            label={t('visits.objections.handling')}
            value={values.handling ?? ''}
            placeholder={t('common.notSet')}
            options={OBJECTION_HANDLINGS.map((c) => ({ value: c, label: t(OBJECTION_HANDLING_TABLE[c].label) }))}
            onChange={(e) => editor.update({ handling: OBJECTION_HANDLINGS.find((c): c is ObjectionHandling => c === e.target.value) ?? null })}
          />
          <TextArea
            label={t('visits.objections.response')}
            rows={3}
            value={values.response}
            error={editor.errorText('response')}
            onChange={(e) => editor.update({ response: e.target.value })}
          />
          <AnswerLibraryPanel content={values.content} response={values.response} onInsert={(text) => editor.update({ response: text })} />
          <Checkbox
            label={
              values.status === 'resolved' && values.resolvedAt !== null
                ? t('visits.objections.resolvedOn', { date: formatDay(values.resolvedAt) })
                : t('visits.objections.resolved')
            }
            checked={values.status === 'resolved'}
            onChange={(e) => editor.update({ status: e.target.checked ? 'resolved' : 'open' })}
          />
        </RecordDialog>
      )}
    </Card>
  )
}

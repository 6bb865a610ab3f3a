import { OBJECTION_CONTENT_TABLE, OBJECTION_HANDLING_TABLE, OBJECTION_NATURE_TABLE } from '#shared/domain/values'
import { OBJECTION_CONTENTS, OBJECTION_HANDLINGS, OBJECTION_NATURES, type ObjectionHandling } from '#shared/schemas/enums'
import type { Objection } from '#data'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { Badge, Button, Card, Checkbox, Icons, SelectField, TextArea } from '#ui'
import { RecordActions } from './RecordActions'
import { RecordDialog } from './RecordDialog'
import { useRecordEditor } from './useRecordEditor'

type ObjectionForm = Pick<Objection, 'content' | 'nature' | 'text' | 'response' | 'handling' | 'status'>

const blank = (): ObjectionForm => ({ content: 'price', nature: 'genuine', text: '', response: '', handling: null, status: 'open' })

/** Objections heard at this account, with the prepared answer; open ones first. */
export function ObjectionsCard({ accountId, objections }: { accountId: string; objections: readonly Objection[] }) {
  const { t } = useI18n()
  const { objections: repo } = useRepositories()
  const editor = useRecordEditor<Objection, ObjectionForm>(repo, t('visits.objections.deleted'))
  const sorted = [...objections].sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.updatedAt - a.updatedAt)
  const values = editor.editing?.values

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
                  <Badge tone={o.status === 'open' ? 'warning' : 'success'}>{t(o.status === 'open' ? 'visits.objections.open' : 'visits.objections.resolved')}</Badge>
                  <span className="ui-muted">
                    {t(OBJECTION_CONTENT_TABLE[o.content].label)} · {t(OBJECTION_NATURE_TABLE[o.nature].label)}
                  </span>
                </div>
                <div className="record-list__body">“{o.text}”</div>
                {o.response && (
                  <div className="record-list__meta">
                    {t('visits.objections.response')}
                    {o.handling && ` (${t(OBJECTION_HANDLING_TABLE[o.handling].label)})`}: {o.response}
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
          onSave={() => void editor.save({ ...values, accountId, raisedById: null })}
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
          <Checkbox
            label={t('visits.objections.resolved')}
            checked={values.status === 'resolved'}
            onChange={(e) => editor.update({ status: e.target.checked ? 'resolved' : 'open' })}
          />
        </RecordDialog>
      )}
    </Card>
  )
}

import { useState } from 'react'
import type { VisitQuestion } from '#shared/schemas'
import { useI18n } from '#i18n'
import { Badge, Button, IconButton, Icons, TextArea, TextField } from '#ui'
import { blankQuestion } from './visitForm'

/**
 * The checklist of what to find out on a visit: add and remove lines; once the visit is done each line
 * gets its answer. A question already turned into a dossier finding says so.
 */
export function QuestionsField({
  questions,
  onChange,
  withAnswers,
  errorText
}: {
  questions: readonly VisitQuestion[]
  onChange(questions: VisitQuestion[]): void
  withAnswers: boolean
  errorText?: (field: string) => string | undefined
}) {
  const { t } = useI18n()
  // The line just added takes the caret, so the rep types the question straight away.
  const [added, setAdded] = useState<string | null>(null)
  const patch = (id: string, change: Partial<VisitQuestion>) => onChange(questions.map((q) => (q.id === id ? { ...q, ...change } : q)))
  return (
    <fieldset className="record-fieldset visit-lines">
      <legend>{t('visits.questions')}</legend>
      <p className="ui-field__hint">{t('visits.questions.hint')}</p>
      {questions.map((q, i) => (
        <div key={q.id} className="visit-lines__item" data-testid="visit-question">
          <div className="visit-lines__row">
            <TextField
              label={t('visits.questions.item', { n: i + 1 })}
              hideLabel
              placeholder={t('visits.questions.item', { n: i + 1 })}
              value={q.text}
              error={errorText?.(`questions.${i}.text`)}
              onChange={(e) => patch(q.id, { text: e.target.value })}
              autoFocus={q.id === added}
              fieldClassName="visit-lines__grow"
            />
            {q.findingId && <Badge tone="success">{t('visits.finding.inDossier')}</Badge>}
            <IconButton label={t('visits.questions.remove', { n: i + 1 })} onClick={() => onChange(questions.filter((x) => x.id !== q.id))}>
              <Icons.Trash />
            </IconButton>
          </div>
          {withAnswers && (
            <TextArea label={t('visits.questions.answer', { n: i + 1 })} rows={2} value={q.answer} onChange={(e) => patch(q.id, { answer: e.target.value })} />
          )}
        </div>
      ))}
      <div>
        <Button size="sm" icon={<Icons.Plus />} onClick={() => {
            const question = blankQuestion()
            setAdded(question.id)
            onChange([...questions, question])
          }}>
          {t('visits.questions.add')}
        </Button>
      </div>
    </fieldset>
  )
}

import { useState } from 'react'
import { OBJECTION_CONTENT_TABLE } from '#shared/domain/values'
import type { ObjectionContent } from '#shared/schemas/enums'
import { useObjectionAnswers, useRepositories, type ObjectionAnswer } from '#data'
import { useI18n } from '#i18n'
import { Button, Icons, TextArea, useToast } from '#ui'
import './AnswerLibrary.css'

/**
 * The team's agreed answers to this kind of objection (shared by every account): use one as the prepared
 * answer, improve one in place, or save the answer being written as a new one.
 */
export function AnswerLibraryPanel({ content, response, onInsert }: { content: ObjectionContent; response: string; onInsert(text: string): void }) {
  const { t } = useI18n()
  const toast = useToast()
  const { objectionAnswers: repo } = useRepositories()
  const answers = (useObjectionAnswers() ?? []).filter((a) => a.content === content)
  const draft = response.trim()
  const known = answers.some((a) => a.text.trim() === draft)

  const saveToLibrary = async () => {
    await repo.create({ content, text: draft })
    toast.show({ tone: 'success', message: t('visits.answerLibrary.saved') })
  }

  return (
    <section className="answer-library" aria-label={t('visits.answerLibrary.title', { content: t(OBJECTION_CONTENT_TABLE[content].label) })}>
      <div className="answer-library__head">
        <h3 className="answer-library__title">{t('visits.answerLibrary.title', { content: t(OBJECTION_CONTENT_TABLE[content].label) })}</h3>
        <Button size="sm" icon={<Icons.Plus />} disabled={draft === '' || known} onClick={() => void saveToLibrary()}>
          {t('visits.answerLibrary.save')}
        </Button>
      </div>
      {answers.length === 0 ? (
        <p className="ui-muted answer-library__empty">{t('visits.answerLibrary.empty')}</p>
      ) : (
        <ul className="answer-library__list">
          {answers.map((answer) => (
            <LibraryAnswer key={answer.id} answer={answer} onInsert={onInsert} />
          ))}
        </ul>
      )}
    </section>
  )
}

function LibraryAnswer({ answer, onInsert }: { answer: ObjectionAnswer; onInsert(text: string): void }) {
  const { t } = useI18n()
  const toast = useToast()
  const { objectionAnswers: repo } = useRepositories()
  const [editing, setEditing] = useState<string | null>(null)

  const saveImproved = async (text: string) => {
    await repo.update(answer.id, { content: answer.content, text: text.trim() })
    setEditing(null)
    toast.show({ tone: 'success', message: t('visits.answerLibrary.updated') })
  }

  if (editing !== null) {
    return (
      <li className="answer-library__item">
        <TextArea label={t('visits.answerLibrary.text')} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} />
        <div className="ui-row">
          <Button size="sm" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </Button>
          <Button size="sm" variant="primary" icon={<Icons.Check />} disabled={editing.trim() === ''} onClick={() => void saveImproved(editing)}>
            {t('common.save')}
          </Button>
        </div>
      </li>
    )
  }
  return (
    <li className="answer-library__item" data-testid="library-answer">
      <p className="answer-library__text">{answer.text}</p>
      <div className="ui-row">
        <Button size="sm" onClick={() => onInsert(answer.text)}>
          {t('visits.answerLibrary.insert')}
        </Button>
        <Button size="sm" variant="ghost" icon={<Icons.Edit />} onClick={() => setEditing(answer.text)}>
          {t('visits.answerLibrary.improve')}
        </Button>
      </div>
    </li>
  )
}

import { useState } from 'react'
import { useI18n } from '#i18n'
import { Button, Checkbox, DateField, IconButton, Icons, TextField } from '#ui'
import { blankTask, type TaskForm } from './visitForm'

/** Follow-up tasks owed after the visit: what, by when (optional), done. */
export function TasksField({
  tasks,
  onChange,
  errorText
}: {
  tasks: readonly TaskForm[]
  onChange(tasks: TaskForm[]): void
  errorText(field: string): string | undefined
}) {
  const { t } = useI18n()
  // The task just added takes the caret, so the rep types it straight away.
  const [added, setAdded] = useState<string | null>(null)
  const patch = (id: string, change: Partial<TaskForm>) => onChange(tasks.map((task) => (task.id === id ? { ...task, ...change } : task)))
  return (
    <fieldset className="record-fieldset visit-lines">
      <legend>{t('visits.tasks')}</legend>
      {tasks.map((task, i) => (
        <div key={task.id} className="visit-lines__row" data-testid="visit-task">
          <TextField
            label={t('visits.tasks.item', { n: i + 1 })}
            hideLabel
            placeholder={t('visits.tasks.item', { n: i + 1 })}
            value={task.text}
            error={errorText(`tasks.${i}.text`)}
            onChange={(e) => patch(task.id, { text: e.target.value })}
            autoFocus={task.id === added}
            fieldClassName="visit-lines__grow"
          />
          <DateField
            label={t('visits.tasks.dueOf', { n: i + 1 })}
            hideLabel
            value={task.due}
            error={errorText(`tasks.${i}.dueDate`)}
            onValueChange={(due) => patch(task.id, { due })}
          />
          <Checkbox
            label={t('visits.tasks.done')}
            aria-label={t('visits.tasks.doneOf', { n: i + 1 })}
            checked={task.doneAt !== null}
            onChange={(e) => patch(task.id, { doneAt: e.target.checked ? Date.now() : null })}
          />
          <IconButton label={t('visits.tasks.remove', { n: i + 1 })} onClick={() => onChange(tasks.filter((x) => x.id !== task.id))}>
            <Icons.Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button size="sm" icon={<Icons.Plus />} onClick={() => {
            const task = blankTask()
            setAdded(task.id)
            onChange([...tasks, task])
          }}>
          {t('visits.tasks.add')}
        </Button>
      </div>
    </fieldset>
  )
}

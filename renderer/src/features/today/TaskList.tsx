import { useState } from 'react'
import { withTaskDone, type OpenTask } from '#shared/domain/today'
import { useRepositories } from '#data'
import { Badge, useToast } from '#ui'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel, useCapped } from './TodayItem'

export function TaskList({ rows, f }: { rows: OpenTask[]; f: TodayFormat }) {
  const { t } = f
  const { shown, toggle } = useCapped(rows, 8)
  return (
    <TodayPanel title={t('today.tasks.title')} count={rows.length}>
      {rows.length === 0 ? (
        <TodayEmpty title={t('today.tasks.empty.title')} body={t('today.tasks.empty.body')} />
      ) : (
        <ul className="today-list">
          {shown.map((task) => (
            <TaskRow key={task.taskId} task={task} f={f} />
          ))}
        </ul>
      )}
      {toggle}
    </TodayPanel>
  )
}

function TaskRow({ task, f }: { task: OpenTask; f: TodayFormat }) {
  const { t } = f
  const tick = useTickTask(t)
  const [busy, setBusy] = useState(false)
  const due =
    task.dueDate === null ? (
      <span className="ui-subtle">{t('today.tasks.noDate')}</span>
    ) : task.overdue ? (
      <Badge tone="danger" dot>
        {t('today.tasks.overdue')} · {f.day(task.dueDate)}
      </Badge>
    ) : task.dueToday ? (
      <Badge tone="warning" dot>{t('today.tasks.dueToday')}</Badge>
    ) : (
      <span className="ui-muted">{t('today.tasks.due', { date: f.day(task.dueDate) })}</span>
    )
  return (
    <div className="today-task" data-testid="open-task">
      <input
        type="checkbox"
        className="today-task__check"
        aria-label={t('today.tasks.markDone', { task: task.text })}
        disabled={busy}
        checked={busy}
        onChange={() => {
          setBusy(true)
          void tick(task, true).finally(() => setBusy(false))
        }}
      />
      <TodayItem
        to={{ name: 'account', id: task.accountId, tab: 'visits' }}
        title={task.text}
        meta={t('today.tasks.fromVisit', { account: task.accountName, date: f.shortDay(task.visitDate) })}
        trailing={due}
      />
    </div>
  )
}

/** Ticks a task done (or back) on its visit through the visits repository; a done one can be undone from the toast. */
function useTickTask(t: TodayFormat['t']) {
  const repos = useRepositories()
  const toast = useToast()
  const set = async (task: OpenTask, done: boolean) => {
    const visit = await repos.visits.get(task.visitId)
    if (!visit) return
    await repos.visits.update(visit.id, withTaskDone(visit, task.taskId, done ? Date.now() : null))
  }
  return async (task: OpenTask, done: boolean) => {
    await set(task, done)
    if (done) toast.show({ message: t('today.tasks.done'), tone: 'success', action: { label: t('common.undo'), onClick: () => void set(task, false) } })
  }
}

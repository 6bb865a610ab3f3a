import type { Visit, VisitKind } from '#shared/schemas'
import { calendarDay } from '../cadence'
import type { TodayRecords } from './types'

export type OpenTask = {
  taskId: string
  visitId: string
  accountId: string
  accountName: string
  text: string
  dueDate: number | null
  /** Due before today. */
  overdue: boolean
  dueToday: boolean
  visitDate: number
  visitKind: VisitKind
}

/** Follow-ups not yet done, by due date (earliest first); those without a date last, oldest visit first. */
export function openTasks(records: TodayRecords, now: number): OpenTask[] {
  const today = calendarDay(now)
  const rows: OpenTask[] = []
  for (const visit of records.visits) {
    const account = records.accountsById.get(visit.accountId)
    if (!account) continue
    for (const task of visit.tasks) {
      if (task.doneAt !== null) continue
      const day = task.dueDate === null ? null : calendarDay(task.dueDate)
      rows.push({
        taskId: task.id,
        visitId: visit.id,
        accountId: account.id,
        accountName: account.name,
        text: task.text,
        dueDate: task.dueDate,
        overdue: day !== null && day < today,
        dueToday: day === today,
        visitDate: visit.date,
        visitKind: visit.kind
      })
    }
  }
  const dueKey = (t: OpenTask) => (t.dueDate === null ? Number.POSITIVE_INFINITY : calendarDay(t.dueDate))
  return rows.sort((a, b) => dueKey(a) - dueKey(b) || a.visitDate - b.visitDate || a.text.localeCompare(b.text, 'zh-CN'))
}

/** The visit with one task ticked done (or undone) at `at`: what the repository is asked to save. */
export function withTaskDone(visit: Visit, taskId: string, at: number | null): Visit {
  return { ...visit, tasks: visit.tasks.map((t) => (t.id === taskId ? { ...t, doneAt: at } : t)) }
}

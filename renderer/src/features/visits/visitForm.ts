import { calendarDay } from '#shared/domain/cadence'
import type { VisitDraft, VisitQuestion, VisitTask } from '#shared/schemas'
import type { Visit } from '#data'
import { dateInputValue, fromDateInput } from './dates'

/** A task as the form edits it: the due day as the date input's text. */
export type TaskForm = { id: string; text: string; due: string; doneAt: number | null }

/**
 * What the visit dialog edits. `status` null: a new visit, whose date decides: a plan when dated after
 * today, a record when dated before; today is a plan when the rep chose "Plan visit", a record when
 * they chose "Log visit" (the visit just happened).
 */
export interface VisitForm {
  status: Visit['status'] | null
  today: Visit['status']
  kind: Visit['kind']
  date: string
  time: string
  objective: string
  questions: VisitQuestion[]
  outcome: string
  nextReason: string
  attendeeIds: string[]
  tasks: TaskForm[]
}

export const newId = (): string => globalThis.crypto.randomUUID()
export const blankQuestion = (): VisitQuestion => ({ id: newId(), text: '', answer: '', findingId: null })
export const blankTask = (): TaskForm => ({ id: newId(), text: '', due: '', doneAt: null })

export function blankVisitForm(now: number, kind: Visit['kind'], today: Visit['status']): VisitForm {
  return { status: null, today, kind, date: dateInputValue(now), time: '', objective: '', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: [] }
}

export function visitToForm(v: Visit, status: Visit['status'] = v.status): VisitForm {
  return {
    status,
    today: status,
    kind: v.kind,
    date: dateInputValue(v.date),
    time: v.time ?? '',
    objective: v.objective,
    questions: v.questions,
    outcome: v.outcome,
    nextReason: v.nextReason,
    attendeeIds: v.attendeeIds,
    tasks: v.tasks.map((task) => ({ id: task.id, text: task.text, due: task.dueDate === null ? '' : dateInputValue(task.dueDate), doneAt: task.doneAt }))
  }
}

/** Plan or record: an existing visit keeps its status; a new one goes by its date (see VisitForm). */
export function statusOf(form: VisitForm, now: number): Visit['status'] {
  if (form.status !== null) return form.status
  const date = fromDateInput(form.date)
  if (!Number.isFinite(date)) return form.today
  const days = calendarDay(date) - calendarDay(now)
  return days > 0 ? 'planned' : days < 0 ? 'done' : form.today
}

/** A plan whose day has passed without its outcome being logged. */
export const isUnloggedPlan = (v: Pick<Visit, 'status' | 'date'>, now: number): boolean =>
  v.status === 'planned' && calendarDay(v.date) < calendarDay(now)

export const openTaskCount = (v: Pick<Visit, 'tasks'>): number => v.tasks.filter((task) => task.doneAt === null).length

/** The draft to save; blank question and task lines are dropped, an empty time stays null. */
export function formToDraft(form: VisitForm, accountId: string, now: number): VisitDraft {
  const status = statusOf(form, now)
  const tasks: VisitTask[] = form.tasks
    .filter((task) => task.text.trim() !== '')
    .map((task) => ({ id: task.id, text: task.text.trim(), dueDate: task.due ? fromDateInput(task.due) : null, doneAt: task.doneAt }))
  return {
    accountId,
    kind: form.kind,
    status,
    date: fromDateInput(form.date),
    time: form.time === '' ? null : form.time,
    objective: form.objective,
    questions: form.questions.filter((q) => q.text.trim() !== '').map((q) => ({ ...q, text: q.text.trim() })),
    outcome: status === 'done' ? form.outcome : '',
    nextReason: status === 'done' ? form.nextReason : '',
    attendeeIds: form.attendeeIds,
    tasks: status === 'done' ? tasks : []
  }
}

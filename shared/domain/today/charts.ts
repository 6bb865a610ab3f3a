import { CLASSIFICATIONS, PIPELINE_STAGES, type Classification, type PipelineStage } from '#shared/schemas'
import { addCalendarDays, calendarDay, isContact } from '../cadence'
import type { TodayRecords } from './types'

export const CHART_WEEKS = 13

export type WeekCount = {
  /** Local noon of the week's Monday. */
  weekStart: number
  count: number
}

export type TodayCharts = {
  byClassification: { value: Classification; count: number }[]
  byStage: { value: PipelineStage; count: number }[]
  visitsPerWeek: WeekCount[]
}

// Day 0 of calendarDay() is Thursday 1970-01-01, so Mondays are the days n with (n + 3) % 7 === 0.
const weekdayFromMonday = (day: number) => (((day + 3) % 7) + 7) % 7

/** Contacts logged per week (Monday to Sunday) over the last `weeks` weeks, this week last. */
export function visitsPerWeek(records: Pick<TodayRecords, 'visits'>, now: number, weeks = CHART_WEEKS): WeekCount[] {
  const today = calendarDay(now)
  const thisMonday = today - weekdayFromMonday(today)
  const firstMonday = thisMonday - 7 * (weeks - 1)
  const counts = new Array<number>(weeks).fill(0)
  for (const visit of records.visits) {
    if (!isContact(visit, now)) continue
    const index = Math.floor((calendarDay(visit.date) - firstMonday) / 7)
    if (index >= 0 && index < weeks) counts[index]! += 1
  }
  const mondayNoon = addCalendarDays(now, -weekdayFromMonday(today))
  return counts.map((count, i) => ({ weekStart: addCalendarDays(mondayNoon, -7 * (weeks - 1 - i)), count }))
}

export function todayCharts(records: TodayRecords, now: number): TodayCharts {
  const accounts = [...records.accountsById.values()]
  const count = <K extends string>(values: readonly K[], of: (a: (typeof accounts)[number]) => K) =>
    values.map((value) => ({ value, count: accounts.filter((a) => of(a) === value).length }))
  return {
    byClassification: count(CLASSIFICATIONS, (a) => a.classification),
    byStage: count(PIPELINE_STAGES, (a) => a.stage),
    visitsPerWeek: visitsPerWeek(records, now)
  }
}

import { calendarDay } from '../cadence'

type PlannedLike = { date: number; time: string | null; status: 'planned' | 'done'; deletedAt: number | null }

/**
 * The visit the rep prepares for: the earliest plan from today on (a plan left in the past is not next),
 * the earlier time first on the same day, an untimed plan after the timed ones. Null when none is planned.
 */
export function nextPlannedVisit<V extends PlannedLike>(visits: readonly V[], now: number): V | null {
  const today = calendarDay(now)
  const upcoming = visits.filter((v) => v.deletedAt === null && v.status === 'planned' && calendarDay(v.date) >= today)
  upcoming.sort((a, b) => calendarDay(a.date) - calendarDay(b.date) || (a.time ?? '99:99').localeCompare(b.time ?? '99:99'))
  return upcoming[0] ?? null
}

import type { Positioning } from '../schemas/enums'

const DAY = 86_400_000

/** Domain guide §1: long-line revisit monthly, medium-line every two weeks, short-line weekly. */
export const REVISIT_DAYS: Record<Positioning, number> = { long: 30, medium: 14, short: 7 }
/** Before positioning is set (first visit plus 3–5 revisits), keep a two-week rhythm. */
export const DEFAULT_REVISIT_DAYS = 14

export type CadenceStatus =
  | { kind: 'noVisits' }
  | { kind: 'planned'; plannedAt: number }
  | { kind: 'due'; dueAt: number; overdueDays: number; intervalDays: number }
  | { kind: 'ok'; dueAt: number; inDays: number; intervalDays: number }

/**
 * When the next visit is due: a planned (future) visit wins; otherwise the last visit plus the
 * positioning's interval. `now` and visit dates are epoch ms; visits are stored at local noon, so
 * rounding the difference to whole days counts calendar days.
 */
export function nextVisitCadence(visitDates: readonly number[], positioning: Positioning | null, now: number): CadenceStatus {
  const planned = visitDates.filter((d) => d > now).sort((a, b) => a - b)[0]
  if (planned !== undefined) return { kind: 'planned', plannedAt: planned }
  const last = Math.max(...visitDates.filter((d) => d <= now))
  if (!Number.isFinite(last)) return { kind: 'noVisits' }
  const intervalDays = positioning ? REVISIT_DAYS[positioning] : DEFAULT_REVISIT_DAYS
  const dueAt = last + intervalDays * DAY
  const daysPastDue = Math.round((now - dueAt) / DAY) || 0 // never -0
  if (daysPastDue >= 0) return { kind: 'due', dueAt, overdueDays: daysPastDue, intervalDays }
  return { kind: 'ok', dueAt, inDays: -daysPastDue, intervalDays }
}

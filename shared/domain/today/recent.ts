import type { VisitKind } from '#shared/schemas'
import { isContact } from '../cadence'
import type { TodayRecords } from './types'

export const RECENT_LIMIT = 8

export type RecentItem =
  | { type: 'visit'; id: string; accountId: string; accountName: string; at: number; kind: VisitKind; text: string }
  | { type: 'objection'; id: string; accountId: string; accountName: string; at: number; text: string }

/**
 * The latest logged contacts (by their day) and objections heard (by when they were recorded), newest first.
 * A plan is not activity until its outcome is logged.
 */
export function recentActivity(records: TodayRecords, now: number, limit = RECENT_LIMIT): RecentItem[] {
  const nameOf = (id: string) => records.accountsById.get(id)?.name ?? ''
  const items: RecentItem[] = [
    ...records.visits
      .filter((v) => isContact(v, now))
      .map((v): RecentItem => ({ type: 'visit', id: v.id, accountId: v.accountId, accountName: nameOf(v.accountId), at: v.date, kind: v.kind, text: v.outcome || v.objective })),
    ...records.objections
      .filter((o) => o.createdAt <= now)
      .map((o): RecentItem => ({ type: 'objection', id: o.id, accountId: o.accountId, accountName: nameOf(o.accountId), at: o.createdAt, text: o.text }))
  ]
  return items.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id)).slice(0, limit)
}

import type { InfluenceLevel } from '#shared/schemas/enums'
import type { Relationship, Stakeholder } from '#shared/schemas/stakeholder'
import type { Visit } from '#shared/schemas/activity'
import { whoRows, whosWho } from '../glance/whosWho'
import { lastContactById } from '../stakeholders/staleness'
import { nextPlannedVisit } from './plannedVisit'

/** Up to this many people, the sheet's map is the whole org chart; beyond, only the people who matter today. */
export const PAPER_MAP_MAX = 12

/**
 * Who the one-page sheet's map draws: everyone in a small account; in a large one, the people we will
 * meet, then the who's-who, then their managers, up to PAPER_MAP_MAX. Null means everyone.
 */
export function paperMapPeople(
  stakeholders: readonly Stakeholder[],
  relationships: readonly Relationship[],
  visits: readonly Visit[],
  now: number,
  opponentInfluence?: InfluenceLevel
): Set<string> | null {
  const live = stakeholders.filter((s) => s.deletedAt === null)
  if (live.length <= PAPER_MAP_MAX) return null
  const liveIds = new Set(live.map((s) => s.id))
  const attendees = nextPlannedVisit(visits, now)?.attendeeIds ?? []
  const who = whoRows(whosWho(live, lastContactById(visits, now), now, { opponentInfluence })).map((r) => r.id)
  const picked = new Set<string>()
  const add = (id: string) => {
    if (picked.size < PAPER_MAP_MAX && liveIds.has(id)) picked.add(id)
  }
  for (const id of [...attendees, ...who]) add(id)
  const managers = relationships
    .filter((r) => r.deletedAt === null && r.kind === 'reportsTo' && picked.has(r.fromId))
    .map((r) => r.toId)
  for (const id of managers) add(id)
  return picked
}

import { BUYING_ROLES, type BuyingRole } from '#shared/schemas/enums'
import { ROLE_TABLE } from '../values/roles'
import { daysBetween, isContact, type VisitLike } from '../cadence'

/** Days between contacts each role should get; a coach has its own cadence. */
export type ContactCadence = Record<BuyingRole | 'coach' | 'other', number>

/** Each role's own default (from the role table), a coach's, and that of someone with no role. */
export const DEFAULT_CONTACT_CADENCE: ContactCadence = {
  coach: 14,
  ...(Object.fromEntries(BUYING_ROLES.map((role) => [role, ROLE_TABLE[role].cadenceDays])) as Record<BuyingRole, number>),
  other: 60
}

export type Staleness = 'fresh' | 'due' | 'stale' | 'never'

/** The strictest (shortest) cadence among a person's roles and coach flag. */
export function cadenceFor(person: { roles: readonly BuyingRole[]; isCoach: boolean }, cadence: ContactCadence): number {
  const days = person.roles.map((r) => cadence[r])
  if (person.isCoach) days.push(cadence.coach)
  return days.length > 0 ? Math.min(...days) : cadence.other
}

/**
 * How overdue contact with a person is: `fresh` within the cadence, `due` up to twice the cadence,
 * `stale` beyond, `never` when no contact is logged.
 */
export function staleness(
  person: { roles: readonly BuyingRole[]; isCoach: boolean },
  lastContactAt: number | null,
  now: number,
  cadence: ContactCadence = DEFAULT_CONTACT_CADENCE
): { level: Staleness; days: number | null; cadenceDays: number } {
  const cadenceDays = cadenceFor(person, cadence)
  if (lastContactAt === null) return { level: 'never', days: null, cadenceDays }
  const days = Math.max(0, daysBetween(lastContactAt, now))
  const level = days <= cadenceDays ? 'fresh' : days <= cadenceDays * 2 ? 'due' : 'stale'
  return { level, days, cadenceDays }
}

/** The last contact per attendee id: visits, calls and messages logged as done, never a plan. */
export function lastContactById(visits: readonly (VisitLike & { attendeeIds: readonly string[] })[], now: number): Map<string, number> {
  const last = new Map<string, number>()
  for (const visit of visits) {
    if (!isContact(visit, now)) continue
    for (const id of visit.attendeeIds) last.set(id, Math.max(last.get(id) ?? 0, visit.date))
  }
  return last
}

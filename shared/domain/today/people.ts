import type { BuyingRole } from '#shared/schemas'
import { isContact } from '../cadence'
import { activeStakeholders, lastContactById, staleness, type ContactCadence } from '../stakeholders'
import type { TodayRecords } from './types'

/** The role whose cadence a person is held to: the strictest of their roles and the coach flag. */
export type CadenceRole = BuyingRole | 'coach'

export type LapsedPerson = {
  personId: string
  accountId: string
  accountName: string
  name: string
  title: string
  role: CadenceRole
  cadenceDays: number
  /** Days since the last contact; null when they were never met although the account was. */
  daysSinceContact: number | null
}

function strictestRole(person: { roles: readonly BuyingRole[]; isCoach: boolean }, cadence: ContactCadence): CadenceRole | null {
  const held: CadenceRole[] = [...person.roles, ...(person.isCoach ? (['coach'] as const) : [])]
  let best: CadenceRole | null = null
  for (const role of held) if (best === null || cadence[role] < cadence[best]) best = role
  return best
}

/**
 * Key people (anyone with a buying role or the coach flag, still at the company) whose own cadence has
 * lapsed: longest past their cadence first. Someone never met shows only once their account has had a
 * contact, since before the first visit there is nobody to have lost touch with.
 */
export function lapsedPeople(records: TodayRecords, cadence: ContactCadence, now: number): LapsedPerson[] {
  const last = lastContactById(records.visits, now)
  const contacted = new Set(records.visits.filter((v) => isContact(v, now)).map((v) => v.accountId))
  const rows: (LapsedPerson & { over: number })[] = []
  for (const person of activeStakeholders(records.people)) {
    const role = strictestRole(person, cadence)
    const account = records.accountsById.get(person.accountId)
    if (role === null || !account) continue
    const state = staleness(person, last.get(person.id) ?? null, now, cadence)
    if (state.level === 'fresh' || (state.level === 'never' && !contacted.has(person.accountId))) continue
    rows.push({
      personId: person.id,
      accountId: account.id,
      accountName: account.name,
      name: person.name,
      title: person.title,
      role,
      cadenceDays: state.cadenceDays,
      daysSinceContact: state.days,
      over: state.days === null ? -1 : state.days / state.cadenceDays
    })
  }
  return rows
    .sort((a, b) => b.over - a.over || a.accountName.localeCompare(b.accountName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
    .map(({ over: _over, ...row }) => row)
}

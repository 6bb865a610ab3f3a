import {
  BuyingRole,
  InfluenceLevel,
  RelationshipStage,
  Stance
} from '#shared/schemas/enums'
import type { Relationship, Stakeholder } from '#shared/schemas/stakeholder'
import type { StakeholderChange } from '#shared/schemas/v2entities'

/** How `roles` is written into a change's from/to text. */
export const encodeRoles = (roles: readonly string[]): string => roles.join(',')
export function decodeRoles(text: string | null): BuyingRole[] | null {
  if (text === null) return null
  const parts = text === '' ? [] : text.split(',')
  const parsed = parts.map((p) => BuyingRole.safeParse(p))
  return parsed.every((p) => p.success) ? parsed.map((p) => p.data as BuyingRole) : null
}

type Person = Pick<
  Stakeholder,
  'id' | 'createdAt' | 'deletedAt' | 'departedAt' | 'stance' | 'influence' | 'relationshipStage' | 'roles'
>

/** Puts back one field to the value a change started from; a value that no longer parses is left as is. */
function revert<P extends Person>(person: P, change: StakeholderChange): P {
  switch (change.field) {
    case 'stance': {
      const v = Stance.safeParse(change.from)
      return v.success ? { ...person, stance: v.data } : person
    }
    case 'influence': {
      const v = InfluenceLevel.safeParse(change.from)
      return v.success ? { ...person, influence: v.data } : person
    }
    case 'relationshipStage': {
      const v = RelationshipStage.safeParse(change.from)
      return v.success ? { ...person, relationshipStage: v.data } : person
    }
    case 'roles': {
      const roles = decodeRoles(change.from)
      return roles ? { ...person, roles } : person
    }
    case 'departed':
      return { ...person, departedAt: null }
  }
}

/**
 * The map as it stood at the end of `at` (a timestamp): people known then (created at or before `at`,
 * or with a change logged at or before it, since a rep may record a person's history after the fact;
 * and not deleted by then), with every later change of stance, influence, relationship stage, roles or
 * departure undone, newest first; and the links that existed then between those people.
 * Pass all rows, deleted ones included, so that people and links deleted since can reappear.
 */
export function mapAsOf<P extends Person>(
  people: readonly P[],
  relationships: readonly Relationship[],
  changes: readonly StakeholderChange[],
  at: number
): { stakeholders: P[]; relationships: Relationship[] } {
  const existed = (r: { createdAt: number; deletedAt: number | null }) =>
    r.createdAt <= at && (r.deletedAt === null || r.deletedAt > at)
  const live = changes.filter((c) => c.deletedAt === null)
  const firstLogged = new Map<string, number>()
  for (const c of live) firstLogged.set(c.stakeholderId, Math.min(firstLogged.get(c.stakeholderId) ?? Infinity, c.at))
  const known = (p: P) =>
    (p.createdAt <= at || (firstLogged.get(p.id) ?? Infinity) <= at) && (p.deletedAt === null || p.deletedAt > at)
  const later = live
    .filter((c) => c.at > at)
    .sort((a, b) => b.at - a.at || b.createdAt - a.createdAt)
  const stakeholders = people.filter(known).map((person) => {
    let result: P = { ...person, deletedAt: null }
    for (const change of later) if (change.stakeholderId === person.id) result = revert(result, change)
    // A departure dated after `at` without a logged change still did not apply then.
    if (result.departedAt !== null && result.departedAt > at) result = { ...result, departedAt: null }
    return result
  })
  const ids = new Set(stakeholders.map((p) => p.id))
  return {
    stakeholders,
    relationships: relationships
      .filter(existed)
      .filter((r) => ids.has(r.fromId) && ids.has(r.toId))
      .map((r) => ({ ...r, deletedAt: null }))
  }
}

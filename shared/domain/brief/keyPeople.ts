import { influenceRank, type InfluenceCode } from '../values/influenceLevels'
import { ROLE_TABLE, type RoleCode } from '../values/roles'

/** What ordering needs of a person (a stakeholder or a brief person). */
export interface RankedPerson {
  roles: readonly RoleCode[]
  influence: InfluenceCode
  departed?: boolean
}

/** A person's most important buying role by ROLE_TABLE's rank (decision-maker first); no role ranks last. */
export function buyingRoleRank(p: RankedPerson): number {
  return Math.min(Number.POSITIVE_INFINITY, ...p.roles.map((r) => ROLE_TABLE[r].shapeRank))
}

/**
 * Key people in the order a rep reads them (domain guide §3): people still at the company first, then by
 * their most important buying role (decision-makers, technical evaluators, finance, buyers …), then by
 * influence (highest first). Equal people keep the order they came in. Pure; returns a new array.
 */
export function orderKeyPeople<P extends RankedPerson>(people: readonly P[]): P[] {
  return people
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        Number(a.p.departed ?? false) - Number(b.p.departed ?? false) ||
        buyingRoleRank(a.p) - buyingRoleRank(b.p) ||
        influenceRank(b.p.influence) - influenceRank(a.p.influence) ||
        a.i - b.i
    )
    .map(({ p }) => p)
}

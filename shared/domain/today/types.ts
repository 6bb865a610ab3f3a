import type { Account, Objection, Stakeholder, Visit } from '#shared/schemas'
import type { ContactCadence, CoverageSettings } from '../stakeholders'

/** Everything the Today screen is built from; deleted rows may be included (they are left out here). */
export type TodayInput = {
  accounts: readonly Account[]
  visits: readonly Visit[]
  people: readonly Stakeholder[]
  objections: readonly Objection[]
  cadence: ContactCadence
  coverage: CoverageSettings
  now: number
}

/** The live accounts by id, and the visits and people of live accounts only. */
export type TodayRecords = {
  accountsById: Map<string, Account>
  visits: Visit[]
  people: Stakeholder[]
  objections: Objection[]
  visitsByAccount: Map<string, Visit[]>
}

export function liveRecords(input: TodayInput): TodayRecords {
  const accountsById = new Map(input.accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a]))
  const live = <T extends { accountId: string; deletedAt: number | null }>(rows: readonly T[]) =>
    rows.filter((r) => r.deletedAt === null && accountsById.has(r.accountId))
  const visits = live(input.visits)
  const visitsByAccount = new Map<string, Visit[]>()
  for (const v of visits) visitsByAccount.set(v.accountId, [...(visitsByAccount.get(v.accountId) ?? []), v])
  return { accountsById, visits, people: live(input.people), objections: live(input.objections), visitsByAccount }
}

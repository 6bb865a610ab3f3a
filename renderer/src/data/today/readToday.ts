import { buildToday, type TodayAgenda } from '#shared/domain/today'
import { Account, Objection, Stakeholder, Visit } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { readValid } from '../read'
import { readContactCadence, readCoverageSettings } from '../stakeholders/settings'

/** The Today agenda as of `now`, from every valid stored row and the rep's cadence and coverage settings. */
export async function readToday(db: AtlasDb, now: number): Promise<TodayAgenda> {
  const [accounts, visits, people, objections, cadence, coverage] = await Promise.all([
    db.accounts.toArray(),
    db.visits.toArray(),
    db.stakeholders.toArray(),
    db.objections.toArray(),
    readContactCadence(db),
    readCoverageSettings(db)
  ])
  return buildToday({
    accounts: readValid(accounts, Account, 'accounts').items,
    visits: readValid(visits, Visit, 'visits').items,
    people: readValid(people, Stakeholder, 'stakeholders').items,
    objections: readValid(objections, Objection, 'objections').items,
    cadence,
    coverage,
    now
  })
}

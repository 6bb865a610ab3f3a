// The Today screen's agenda, built from the stored records in one pure pass (see buildToday).
import { coverageGaps, type CoverageGap } from './coverage'
import { dueAccounts, type DueAccount } from './accounts'
import { lapsedPeople, type LapsedPerson } from './people'
import { openTasks, type OpenTask } from './tasks'
import { plannedVisits, type PlannedVisit } from './plans'
import { recentActivity, type RecentItem } from './recent'
import { todayCharts, type TodayCharts } from './charts'
import { liveRecords, type TodayInput } from './types'

export * from './accounts'
export * from './charts'
export * from './coverage'
export * from './people'
export * from './plans'
export * from './recent'
export * from './tasks'
export type { TodayInput, TodayRecords } from './types'
export { liveRecords } from './types'

export type TodayAgenda = {
  now: number
  accountCount: number
  /** Names of the live people, by id, for warnings that name someone. */
  personNames: Map<string, string>
  dueAccounts: DueAccount[]
  lapsedPeople: LapsedPerson[]
  tasks: OpenTask[]
  coverageGaps: CoverageGap[]
  planned: PlannedVisit[]
  recent: RecentItem[]
  charts: TodayCharts
}

export function buildToday(input: TodayInput): TodayAgenda {
  const records = liveRecords(input)
  const { now } = input
  return {
    now,
    accountCount: records.accountsById.size,
    personNames: new Map(records.people.map((p) => [p.id, p.name])),
    dueAccounts: dueAccounts(records, now),
    lapsedPeople: lapsedPeople(records, input.cadence, now),
    tasks: openTasks(records, now),
    coverageGaps: coverageGaps(records, input.coverage),
    planned: plannedVisits(records, now),
    recent: recentActivity(records, now),
    charts: todayCharts(records, now)
  }
}

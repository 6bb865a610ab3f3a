import { useLiveQuery } from 'dexie-react-hooks'
import { Visit } from '#shared/schemas'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'
import { readValid } from '../read'

/** Dates of every live visit, grouped by account id (for the list's next-visit column). */
export async function readVisitDatesByAccount(db: AtlasDb): Promise<Map<string, number[]>> {
  const { items } = readValid(await db.visits.toArray(), Visit, 'visits')
  const byAccount = new Map<string, number[]>()
  for (const visit of items) {
    if (visit.deletedAt !== null) continue
    byAccount.set(visit.accountId, [...(byAccount.get(visit.accountId) ?? []), visit.date])
  }
  return byAccount
}

export function useVisitDatesByAccount(): Map<string, number[]> | undefined {
  const db = useDb()
  return useLiveQuery(() => readVisitDatesByAccount(db), [db])
}

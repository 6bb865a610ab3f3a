import { useLiveQuery } from 'dexie-react-hooks'
import type { VisitLike } from '#shared/domain/cadence'
import { Visit } from '#shared/schemas'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'
import { readValid } from '../read'

/** Date and status of every live visit, grouped by account id (for the list's next-visit column). */
export async function readVisitDatesByAccount(db: AtlasDb): Promise<Map<string, VisitLike[]>> {
  const { items } = readValid(await db.visits.toArray(), Visit, 'visits')
  const byAccount = new Map<string, VisitLike[]>()
  for (const { accountId, date, status, deletedAt } of items) {
    if (deletedAt !== null) continue
    byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), { date, status, deletedAt }])
  }
  return byAccount
}

export function useVisitDatesByAccount(): Map<string, VisitLike[]> | undefined {
  const db = useDb()
  return useLiveQuery(() => readVisitDatesByAccount(db), [db])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { nextPlannedVisit } from '#shared/domain/brief'
import { Visit } from '#shared/schemas'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'
import { readValid } from '../read'

/** The account's next planned visit from today on (what the brief prepares for), or null. */
export async function readNextPlannedVisit(db: AtlasDb, accountId: string, now: number): Promise<Visit | null> {
  const rows: unknown[] = await db.visits.where('accountId').equals(accountId).toArray()
  return nextPlannedVisit(readValid(rows, Visit, db.visits.name).items, now)
}

/** Live next planned visit of an account: undefined while loading, null when none is planned. */
export function useNextPlannedVisit(accountId: string): Visit | null | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ accountId, visit: await readNextPlannedVisit(db, accountId, Date.now()) }), [db, accountId])
  return result && result.accountId === accountId ? result.visit : undefined
}

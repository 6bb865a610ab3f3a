import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'

/** Every table whose rows belong to an account; a change to any of them is activity on that account. */
const ACCOUNT_TABLES = ['stakeholders', 'relationships', 'visits', 'dossierSections', 'objections', 'competitors'] as const

type Stamp = { accountId: string; updatedAt: number }

// Only two fields are needed, so rows are checked for those instead of parsed whole: a row that fails its
// schema elsewhere still tells when it was last changed.
function stampOf(row: unknown, accountKey: 'id' | 'accountId'): Stamp | null {
  if (row === null || typeof row !== 'object') return null
  const r = row as Record<string, unknown>
  const accountId = r[accountKey]
  if (typeof accountId !== 'string' || typeof r.updatedAt !== 'number' || (r.deletedAt ?? null) !== null) return null
  return { accountId, updatedAt: r.updatedAt }
}

/**
 * When each account was last worked on: the latest `updatedAt` of the account itself and of every live
 * record that belongs to it (people and their links, visits, dossier sections, objections, competitors).
 */
export async function readLastActivityByAccount(db: AtlasDb): Promise<Map<string, number>> {
  const latest = new Map<string, number>()
  const note = (stamp: Stamp | null) => {
    if (stamp && stamp.updatedAt > (latest.get(stamp.accountId) ?? -1)) latest.set(stamp.accountId, stamp.updatedAt)
  }
  await db.transaction('r', ['accounts', ...ACCOUNT_TABLES], async () => {
    await db.accounts.each((row) => note(stampOf(row, 'id')))
    for (const table of ACCOUNT_TABLES) await db.table(table).each((row) => note(stampOf(row, 'accountId')))
  })
  return latest
}

/** Live last activity per account id; undefined while the first read is pending. */
export function useLastActivityByAccount(): Map<string, number> | undefined {
  const db = useDb()
  return useLiveQuery(() => readLastActivityByAccount(db), [db])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import { useDb } from '../DataProvider'
import { ACCOUNT_RECORD_TABLES, readAccountRecords, type AccountRecords, type AccountRecordTable } from './accountRecords'

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i])

/**
 * The new read with every unchanged list (same rows, the cached objects of readValidCached) replaced by
 * the previous list, and the previous result itself when nothing changed: a write elsewhere in the
 * table re-runs the query but recomputes nothing downstream (the brief's model, the Overview's glance).
 */
function keepUnchanged(previous: AccountRecords | undefined, next: AccountRecords): AccountRecords {
  if (!previous) return next
  let changed = false
  const kept = { ...next }
  for (const table of [...ACCOUNT_RECORD_TABLES, 'invalid'] as const) {
    const same = table === 'invalid' ? JSON.stringify(previous.invalid) === JSON.stringify(next.invalid) : sameItems(previous[table], next[table])
    if (same) (kept as Record<string, unknown>)[table] = previous[table]
    else changed = true
  }
  return changed ? kept : previous
}

/**
 * Live related records of one account; undefined while the first read is pending. `tables` limits the
 * read (and what the live query watches) to what the screen shows; the others come back empty.
 */
export function useAccountRecords(accountId: string, tables: readonly AccountRecordTable[] = ACCOUNT_RECORD_TABLES): AccountRecords | undefined {
  const db = useDb()
  const key = tables.join()
  const last = useRef<{ accountId: string; key: string; records: AccountRecords } | null>(null)
  // `key` stands for `tables`: a new array naming the same tables does not start a new query.
  return useLiveQuery(
    async () => {
      const next = await readAccountRecords(db, accountId, tables)
      const previous = last.current?.accountId === accountId && last.current.key === key ? last.current.records : undefined
      const records = keepUnchanged(previous, next)
      last.current = { accountId, key, records }
      return records
    },
    [db, accountId, key]
  )
}

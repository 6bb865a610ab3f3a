import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../DataProvider'
import { readAccountRecords, type AccountRecords } from './accountRecords'

/** Live related records of one account; undefined while the first read is pending. */
export function useAccountRecords(accountId: string): AccountRecords | undefined {
  const db = useDb()
  return useLiveQuery(() => readAccountRecords(db, accountId), [db, accountId])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../DataProvider'
import { readBriefSources, type BriefSources } from './briefSources'

/** Live sources for an account's brief; undefined while the first read is pending. */
export function useBriefSources(accountId: string): BriefSources | undefined {
  const db = useDb()
  return useLiveQuery(() => readBriefSources(db, accountId), [db, accountId])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { buildSearchIndex, type SearchIndex } from '#shared/domain/search'
import { useDb } from '../DataProvider'
import { readSearchDocs } from './searchDocs'

/** A live search index over every account's records; rebuilt when any of them changes. */
export function useSearchIndex(enabled: boolean): SearchIndex | undefined {
  const db = useDb()
  const docs = useLiveQuery(() => (enabled ? readSearchDocs(db) : undefined), [db, enabled])
  return useMemo(() => (docs ? buildSearchIndex(docs) : undefined), [docs])
}

import { useEffect, useState } from 'react'
import type { SearchHit } from '#shared/domain/search'
import { useDb } from '../DataProvider'
import { searchClientFor } from './searchClient'

export interface SearchResult {
  /** The query these hits answer (the box may already hold more). */
  query: string
  hits: readonly SearchHit[]
  /** Set when search could not answer at all (its code or the database failed to load). */
  failed?: boolean
}

/**
 * Live hits for `query` while search is `open`: asked of the search worker, and asked again whenever a
 * change reaches its index, so a record edited while the dialog is open shows as it is now.
 */
export function useSearch(open: boolean, query: string): SearchResult | undefined {
  const db = useDb()
  const client = searchClientFor(db)
  const [result, setResult] = useState<SearchResult>()
  const [version, setVersion] = useState(0)
  useEffect(() => client.onChange(() => setVersion((v) => v + 1)), [client])
  useEffect(() => {
    if (!open) return
    let live = true
    const text = query.trim()
    if (text === '') {
      setResult({ query: text, hits: [] })
      return
    }
    client.query(text).then(
      (hits) => {
        if (live && hits) setResult({ query: text, hits })
      },
      () => {
        if (live) setResult({ query: text, hits: [], failed: true })
      }
    )
    return () => {
      live = false
    }
  }, [client, open, query, version])
  return result
}

/** Starts the search worker, so its index is built before the rep first opens search. */
export function useWarmSearch(): void {
  const db = useDb()
  useEffect(() => {
    const timer = setTimeout(() => searchClientFor(db), 1500)
    return () => clearTimeout(timer)
  }, [db])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import { buildSearchIndex, type SearchIndex, type ToPinyin } from '#shared/domain/search'
import { useDb } from '../DataProvider'
import { readSearchDocs } from './searchDocs'

let pinyinModule: Promise<ToPinyin> | undefined
/** The pinyin tables are large: fetched the first time search opens, then kept. */
const loadPinyin = () => (pinyinModule ??= import('#shared/domain/search/pinyinPro').then((m) => m.toPinyin))

/** A live search index over every account's records; rebuilt when any of them changes. */
export function useSearchIndex(enabled: boolean): SearchIndex | undefined {
  const db = useDb()
  const [toPinyin, setToPinyin] = useState<ToPinyin | undefined>(undefined)
  useEffect(() => {
    if (!enabled || toPinyin) return
    let live = true
    void loadPinyin().then((fn) => live && setToPinyin(() => fn))
    return () => {
      live = false
    }
  }, [enabled, toPinyin])
  const docs = useLiveQuery(() => (enabled ? readSearchDocs(db) : undefined), [db, enabled])
  return useMemo(() => (docs && toPinyin ? buildSearchIndex(docs, toPinyin) : undefined), [docs, toPinyin])
}

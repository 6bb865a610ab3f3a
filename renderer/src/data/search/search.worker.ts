// The search worker owns the index: built once when it opens, then kept current from the change events
// Dexie broadcasts for every commit in any window, so a query never waits on, or blocks, the UI thread.
import { toPinyin } from '#shared/domain/search/pinyinPro'
import { AtlasDb } from '../db'
import { createLiveSearch, type LiveSearch } from './liveSearch'
import type { SearchWorkerMessage, SearchWorkerRequest } from './searchProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchWorkerRequest>) => void) | null
  postMessage(message: SearchWorkerMessage): void
}

let live: LiveSearch | undefined

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    const opened = (live = createLiveSearch(new AtlasDb(data.dbName), toPinyin))
    opened.onChange(() => {
      const { lastUpdateMs, lastUpdateReadMs, lastUpdateRecords } = opened.stats()
      scope.postMessage({ type: 'changed', updateMs: lastUpdateMs, readMs: lastUpdateReadMs, records: lastUpdateRecords })
    })
    void opened.ready.then(() => scope.postMessage({ type: 'ready', ...opened.stats() }))
    return
  }
  const { id } = data
  if (!live) return scope.postMessage({ type: 'error', id, message: 'query before open' })
  live.search(data.text, data.limit).then(
    // The snippet is all the list shows of a document's text; a dossier section's can run to pages.
    (hits) => scope.postMessage({ type: 'hits', id, hits: hits.map((hit) => ({ ...hit, doc: { ...hit.doc, text: '' } })) }),
    (error: unknown) => scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
  )
}

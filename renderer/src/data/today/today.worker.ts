// The Today worker: reads the four tables behind the agenda and builds it off the UI thread, again after
// every write to what it read (Dexie broadcasts each commit to every same-origin context, this one included).
import { liveQuery } from 'dexie'
import { AtlasDb } from '../db'
import { readToday } from './readToday'
import type { TodayWorkerMessage, TodayWorkerRequest } from './todayProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TodayWorkerRequest>) => void) | null
  postMessage(message: TodayWorkerMessage): void
}

let db: AtlasDb | undefined
const watches = new Map<number, { unsubscribe(): void }>()

scope.onmessage = ({ data }) => {
  if (data.type === 'open') db = new AtlasDb(data.dbName)
  else if (data.type === 'watch') {
    const { id, now } = data
    const source = db
    if (!source) return scope.postMessage({ type: 'error', id, message: 'watch before open' })
    const subscription = liveQuery(() => readToday(source, now)).subscribe({
      next: (agenda) => scope.postMessage({ type: 'agenda', id, agenda }),
      error: (error: unknown) => scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
    })
    watches.set(id, subscription)
  } else {
    watches.get(data.id)?.unsubscribe()
    watches.delete(data.id)
  }
}

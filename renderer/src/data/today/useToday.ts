import { useEffect, useState } from 'react'
import type { TodayAgenda } from '#shared/domain/today'
import { useDb } from '../DataProvider'
import { todayFeedFor } from './todayFeed'

/**
 * Live Today agenda; undefined while the first read is pending. Read and built in the Today worker, so a
 * write anywhere no longer costs the UI thread four whole-table reads. Like useLiveQuery, it keeps the last
 * agenda while the one for a new `now` is built, and a failure reaches the nearest error boundary.
 */
export function useToday(now: number): TodayAgenda | undefined {
  const db = useDb()
  const [state, setState] = useState<{ agenda?: TodayAgenda; error?: unknown }>({})
  useEffect(
    () =>
      todayFeedFor(db).watch(now, {
        next: (agenda) => setState({ agenda }),
        error: (error: unknown) => setState((shown) => ({ ...shown, error }))
      }),
    [db, now]
  )
  if (state.error !== undefined) throw state.error
  return state.agenda
}

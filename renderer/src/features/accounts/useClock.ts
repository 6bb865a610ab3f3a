import { useEffect, useState } from 'react'

/** Date.now(), refreshed every `intervalMs` (a stable value between ticks, so memoised rows stay put). */
export function useClock(intervalMs: number): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** How often "due today / overdue n days" and the due filters are recomputed while the list stays open. */
export const CLOCK_MS = 60_000

import { useEffect, useState } from 'react'
import { calendarDay } from '#shared/domain/cadence'

/** The time Today is computed for: fixed while the screen is open, moved on when the calendar day changes. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => {
      const current = Date.now()
      setNow((shown) => (calendarDay(current) === calendarDay(shown) ? shown : current))
    }, 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return now
}

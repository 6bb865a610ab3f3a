import { useEffect, type ReactNode } from 'react'
import { IntegrityReportProvider, integrityCheckFor, useDb } from '#data'

/** Delay before the start-up checks begin, so the first screen's own reads go first. */
const START_TIMEOUT_MS = 2000

/** Starts the start-up integrity scan once the first screen is up and the UI thread is idle, and shares what it finds. */
export function IntegrityCheck({ children }: { children?: ReactNode }) {
  const check = integrityCheckFor(useDb())
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => check.start(), { timeout: START_TIMEOUT_MS })
      return () => cancelIdleCallback(handle)
    }
    const timer = setTimeout(() => check.start(), 0)
    return () => clearTimeout(timer)
  }, [check])
  return <IntegrityReportProvider check={check}>{children}</IntegrityReportProvider>
}

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { EMPTY_INTEGRITY_REPORT, type IntegrityCheck, type IntegrityReport } from './integrityCheck'

const IntegrityContext = createContext<IntegrityCheck | null>(null)

/** Makes the start-up integrity check's findings available to the banners below. */
export function IntegrityReportProvider({ check, children }: { check: IntegrityCheck; children?: ReactNode }) {
  return <IntegrityContext.Provider value={check}>{children}</IntegrityContext.Provider>
}

const noSubscription = () => () => {}
const emptyReport = () => EMPTY_INTEGRITY_REPORT

/** What the start-up integrity scan has found so far; empty (waiting) outside an IntegrityReportProvider. */
export function useIntegrityReport(): IntegrityReport {
  const check = useContext(IntegrityContext)
  return useSyncExternalStore(check?.subscribe ?? noSubscription, check?.getReport ?? emptyReport)
}

// Public API of the start-up integrity scan; re-exported by ../index.ts.
export { scanIntegrity, type ScanOptions, type ScanProgress } from './scanIntegrity'
export { runStartupChecks, type StartupCheckOptions, type StartupCheckReport } from './startupChecks'
export { mergeInvalidRecords } from './mergeInvalidRecords'
export { integrityCheckFor, type IntegrityCheck, type IntegrityReport } from './integrityCheck'
export { IntegrityReportProvider, useIntegrityReport } from './IntegrityReportProvider'

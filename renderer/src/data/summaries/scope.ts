/** The table the per-account summaries live in, keyed by account id. */
export const SUMMARY_TABLE = 'accountSummaries'

/** Tables whose rows belong to an account (`accountId`); a write to any of them is activity on that account. */
export const CHILD_TABLES = ['stakeholders', 'relationships', 'visits', 'dossierSections', 'objections', 'competitors'] as const

/** Every table a summary is computed from: a write to one of these keeps the summaries current. */
export const SOURCE_TABLES: ReadonlySet<string> = new Set(['accounts', 'settings', ...CHILD_TABLES])

/** What a write transaction on a source table must also cover, so its summaries change with it, atomically. */
export const SUMMARY_SCOPE: readonly string[] = ['accounts', 'settings', ...CHILD_TABLES, SUMMARY_TABLE]

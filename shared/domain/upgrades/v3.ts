// Schema version 3 (visits as plan and record, objections by person and visit, suppliers, stage history,
// buyer grade and cadence override) as pure row upgrades. The Dexie migration runs them on stored rows and
// the backup reader on rows from older backups, so both carry a record forward the same way. Each fills
// only what is missing, so a row that is already v3 comes back unchanged.

type Row = Record<string, unknown>

const isObject = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value)
const missing = (row: Row, key: string) => !(key in row) || row[key] === undefined

function fill(row: Row, defaults: Row): Row {
  const next = { ...row }
  for (const [key, value] of Object.entries(defaults)) if (missing(next, key)) next[key] = value
  return next
}

/**
 * Visits before v3 had no kind and no status: they become a `visit`, `done` when dated before `now` or
 * when an outcome was written, `planned` otherwise.
 */
export function upgradeVisitRow(row: unknown, now: number): unknown {
  if (!isObject(row)) return row
  const future = typeof row.date === 'number' && row.date > now
  const hasOutcome = typeof row.outcome === 'string' && row.outcome.trim() !== ''
  return fill(row, { kind: 'visit', status: future && !hasOutcome ? 'planned' : 'done', time: null, questions: [], tasks: [] })
}

/** Accounts get no buyer grade and no override; their history starts with the stage they are in. */
export function upgradeAccountRow(row: unknown): unknown {
  if (!isObject(row)) return row
  const at = typeof row.createdAt === 'number' ? row.createdAt : 0
  const history = typeof row.stage === 'string' ? [{ stage: row.stage, at }] : []
  return fill(row, { buyerGrade: null, cadenceOverrideDays: null, stageHistory: history })
}

/** Objections were raised at no recorded visit; a resolved one counts as resolved when last edited. */
export function upgradeObjectionRow(row: unknown): unknown {
  if (!isObject(row)) return row
  const resolvedAt = row.status === 'resolved' && typeof row.updatedAt === 'number' ? row.updatedAt : null
  return fill(row, { raisedById: null, visitId: null, resolvedAt })
}

/** The one "brand / supplier" field becomes the supplier's name; brands and share start empty. */
export function upgradeCompetitorRow(row: unknown): unknown {
  if (!isObject(row)) return row
  const { brand, ...rest } = row
  return fill(rest, { supplier: typeof brand === 'string' ? brand : '', brands: '', sharePct: null })
}

import { SENSITIVE_STAKEHOLDER_FIELDS } from '#shared/schemas/stakeholder'
import { ACCOUNT_SHARE_TABLES, type AccountShareTable, type BackupTables } from './accountShare'

type Row = { id: string; updatedAt: number } & Record<string, unknown>

/** What importing one record of a colleague's file does here. */
export type ShareStatus = 'new' | 'changes' | 'keptLocal' | 'same'

export interface ShareRecordPlan {
  table: AccountShareTable
  id: string
  status: ShareStatus
  /** The fields that differ between the file and this machine (for changes and kept local edits). */
  fields: string[]
}

export interface SharePlan {
  records: ShareRecordPlan[]
  /** The rows to write: new ones, and the file's where its edit is newer, with local sensitive notes kept where the file left them out. */
  put: Record<AccountShareTable, Row[]>
}

const META = new Set(['updatedAt', 'createdAt'])

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function differingFields(local: Row, incoming: Row, ignore: ReadonlySet<string>): string[] {
  const keys = new Set([...Object.keys(local), ...Object.keys(incoming)])
  return [...keys].filter((key) => !META.has(key) && !ignore.has(key) && !same(local[key], incoming[key])).sort()
}

/**
 * A colleague's account file against this machine, record by record: new here, a newer edit in the
 * file (which wins), a newer edit here (kept: never overwritten, nor on a tie), or the same. Where the file was made
 * without sensitive notes, the local ones stay and are not counted as a difference.
 */
export function planShareImport(local: Partial<Record<AccountShareTable, readonly Row[]>>, file: BackupTables, { sensitiveIncluded }: { sensitiveIncluded: boolean }): SharePlan {
  const records: ShareRecordPlan[] = []
  const put = Object.fromEntries(ACCOUNT_SHARE_TABLES.map((table) => [table, [] as Row[]])) as Record<AccountShareTable, Row[]>
  for (const table of ACCOUNT_SHARE_TABLES) {
    const kept = new Set<string>(table === 'stakeholders' && !sensitiveIncluded ? SENSITIVE_STAKEHOLDER_FIELDS : [])
    const here = new Map((local[table] ?? []).map((row) => [row.id, row]))
    for (const incoming of file[table] as unknown as Row[]) {
      const mine = here.get(incoming.id)
      if (!mine) {
        records.push({ table, id: incoming.id, status: 'new', fields: [] })
        put[table].push(incoming)
        continue
      }
      const fields = differingFields(mine, incoming, kept)
      if (fields.length === 0) records.push({ table, id: incoming.id, status: 'same', fields: [] })
      else if (incoming.updatedAt > mine.updatedAt) {
        records.push({ table, id: incoming.id, status: 'changes', fields })
        put[table].push({ ...incoming, ...Object.fromEntries([...kept].map((field) => [field, mine[field]])) })
      } else records.push({ table, id: incoming.id, status: 'keptLocal', fields })
    }
  }
  return { records, put }
}

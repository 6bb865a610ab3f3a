import { MAX_FILE_BYTES } from '../ipc/contract'
import { BACKUP_TABLES, type BackupTable } from '../schemas/backup'
import { base64ToBytes } from './backupZip/base64'
import { imageBytesAre } from './backupZip/photoBytes'
import { checkSectionContent } from './dossier/lexicalJson'

// A backup file is foreign input: it may be damaged, from a newer build, or made to hurt. Every bound is
// checked before the schemas run (which would otherwise collect an issue for each of a million rows),
// and the first few problems are named so the rep knows what is wrong with the file.

export const BACKUP_LIMITS = {
  /** Characters of the whole file: never more than the bytes the app opens (MAX_FILE_BYTES). */
  chars: MAX_FILE_BYTES,
  rowsPerTable: 300_000,
  rows: 1_000_000,
  /** Nesting of objects and arrays: dossier content (tables in lists) stays well below it. */
  depth: 48,
  /** One string: a 5 MB photo is about 7 M characters as a data URL. */
  stringChars: 8_000_000,
  /** How far past now a record's time may lie: a clock a little ahead, never year 9999. */
  futureMs: 86_400_000,
  /** Problems named before giving up on the file. */
  problems: 3
} as const

export type BackupProblem =
  | { code: 'tooLarge' }
  | { code: 'tooDeep' }
  | { code: 'stringTooLong' }
  | { code: 'tooManyRows'; table: BackupTable | null; count: number; limit: number }
  | { code: 'notRows'; table: BackupTable }
  | { code: 'unknownTable'; table: string }
  | { code: 'futureFile' }
  | { code: 'futureSetting' }
  | { code: 'duplicateSetting' }
  | { code: 'future'; table: BackupTable; index: number }
  | { code: 'duplicate'; table: BackupTable; index: number }
  | { code: 'dangling'; table: BackupTable; index: number; field: string }
  | { code: 'badPhoto'; table: 'attachments'; index: number }
  | { code: 'badContent'; table: 'dossierSections'; index: number }
  // A backup zip's own faults:
  | { code: 'damagedZip' }
  | { code: 'tooManyEntries' }
  | { code: 'unknownEntry'; name: string }
  | { code: 'entryTooLarge'; name: string }
  | { code: 'badLine'; entry: string; line: number }
  | { code: 'countMismatch'; table: BackupTable | null }

/** Walks the parsed file without recursion: too deep or a string too long, or null. */
export function shapeProblem(json: unknown): BackupProblem | null {
  const stack: [value: unknown, depth: number][] = [[json, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > BACKUP_LIMITS.stringChars) return { code: 'stringTooLong' }
    } else if (value !== null && typeof value === 'object') {
      if (depth >= BACKUP_LIMITS.depth) return { code: 'tooDeep' }
      for (const child of Array.isArray(value) ? value : Object.values(value)) if (child !== null && typeof child !== 'number' && typeof child !== 'boolean') stack.push([child, depth + 1])
    }
  }
  return null
}

/** Each table's rows is an array within the row limits, or the problem. */
export function rowCountProblem(tables: Record<string, unknown>): BackupProblem | null {
  let total = 0
  const unknown = Object.keys(tables).find((table) => !(table in BACKUP_TABLES))
  if (unknown !== undefined) return { code: 'unknownTable', table: unknown.slice(0, 40) }
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    const rows = tables[table]
    if (rows === undefined) continue
    if (!Array.isArray(rows)) return { code: 'notRows', table }
    if (rows.length > BACKUP_LIMITS.rowsPerTable) return { code: 'tooManyRows', table, count: rows.length, limit: BACKUP_LIMITS.rowsPerTable }
    total += rows.length
  }
  return total > BACKUP_LIMITS.rows ? { code: 'tooManyRows', table: null, count: total, limit: BACKUP_LIMITS.rows } : null
}

/** The file's own date, and its settings: none dated ahead, none given twice. */
export function fileHeadProblem(head: { exportedAt: number; settings: readonly { key: string; updatedAt: number }[] }, now: number): BackupProblem | null {
  if (head.exportedAt > now + BACKUP_LIMITS.futureMs) return { code: 'futureFile' }
  if (head.settings.some((row) => row.updatedAt > now + BACKUP_LIMITS.futureMs)) return { code: 'futureSetting' }
  if (new Set(head.settings.map((row) => row.key)).size !== head.settings.length) return { code: 'duplicateSetting' }
  return null
}

type Row = { id: string; createdAt: number; updatedAt: number; deletedAt: number | null; [field: string]: unknown }

/** Which other table each reference points into (the account of every record is checked for all). */
const REFERENCES: Partial<Record<BackupTable, [field: string, table: BackupTable, many?: boolean][]>> = {
  relationships: [
    ['fromId', 'stakeholders'],
    ['toId', 'stakeholders']
  ],
  stakeholderChanges: [['stakeholderId', 'stakeholders']],
  visits: [['attendeeIds', 'stakeholders', true]],
  objections: [
    ['raisedById', 'stakeholders'],
    ['visitId', 'visits']
  ],
  attachments: [['sectionId', 'dossierSections']]
}

/** A photo's bytes are what its label says: a data URL of that type, of the stated length, holding a whole image of the type. */
export function photoIsGenuine(row: { mimeType: string; byteLength: number; dataUrl: string }): boolean {
  const prefix = `data:${row.mimeType};base64,`
  if (!row.dataUrl.startsWith(prefix)) return false
  const bytes = base64ToBytes(row.dataUrl.slice(prefix.length))
  return bytes !== null && bytes.length === row.byteLength && imageBytesAre(row.mimeType, bytes)
}

/**
 * What the schemas cannot see: times in the future, ids twice in a table, references to records the
 * file does not hold, photos that are not what they say, dossier content the editor could not open.
 */
export function recordProblems(tables: Record<BackupTable, readonly Row[]>, now: number): BackupProblem[] {
  const problems: BackupProblem[] = []
  const add = (problem: BackupProblem) => problems.length < BACKUP_LIMITS.problems && problems.push(problem)
  const ids = {} as Record<BackupTable, Set<string>>
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    ids[table] = new Set()
    for (const [index, row] of tables[table].entries()) {
      if (ids[table].has(row.id)) add({ code: 'duplicate', table, index })
      ids[table].add(row.id)
      if (Math.max(row.createdAt, row.updatedAt, row.deletedAt ?? 0) > now + BACKUP_LIMITS.futureMs) add({ code: 'future', table, index })
    }
  }
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    for (const [index, row] of tables[table].entries()) {
      if (problems.length >= BACKUP_LIMITS.problems) return problems
      if (typeof row.accountId === 'string' && !ids.accounts.has(row.accountId)) add({ code: 'dangling', table, index, field: 'accountId' })
      for (const [field, target, many] of REFERENCES[table] ?? []) {
        const value = row[field]
        const refs = many ? (value as string[]) : value === null || value === undefined ? [] : [value as string]
        if (refs.some((ref) => !ids[target].has(ref))) add({ code: 'dangling', table, index, field })
      }
      if (table === 'attachments' && !photoIsGenuine(row as unknown as { mimeType: string; byteLength: number; dataUrl: string })) add({ code: 'badPhoto', table, index })
      if (table === 'dossierSections' && row.content !== null && !checkSectionContent(row.content).ok) add({ code: 'badContent', table, index })
    }
  }
  return problems
}

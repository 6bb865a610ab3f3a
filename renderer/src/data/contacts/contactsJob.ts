import { contactRows, importFile } from './importFile'
import { mergeChanges, planImport, resolveImport, type DuplicateChoice, type ExistingPerson, type FieldChange, type ImportLabels, type PlannedRow } from '#shared/domain/contacts/importPlan'
import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import type { ContactsFile } from '#shared/domain/contacts/parsedContact'
import { Stakeholder } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { readValid } from '../read'
import { writeImport, type ImportReceipt, type ImportTarget } from './importContacts'

/** What the rep sees of a file before mapping its columns: its kind, encoding, size and, for a CSV, the headers and first rows. */
export interface ContactsFileSummary {
  kind: ContactsFile['kind']
  encoding: ContactsFile['encoding']
  rows: number
  csv: { headers: string[]; sample: string[][]; guessed: ColumnMapping } | null
}

/** Every row planned against the account, and for each merge into someone here, what it would change. */
export interface ImportPreview {
  plan: PlannedRow[]
  changes: Record<number, FieldChange[]>
}

const SAMPLE_ROWS = 5

/**
 * One import, from the file's bytes to the written people: the same steps in the contacts worker or,
 * where none runs, on this thread. It keeps the file and the last plan between the rep's steps.
 */
export function createContactsJob(db: AtlasDb) {
  let file: ContactsFile | null = null
  let last: { plan: PlannedRow[]; existing: ExistingPerson[] } | null = null

  async function existingPeople(accountId: string | null): Promise<ExistingPerson[]> {
    if (!accountId) return []
    const rows = await db.stakeholders.where('accountId').equals(accountId).toArray()
    return readValid(rows, Stakeholder, db.stakeholders.name)
      .items.filter((p) => p.deletedAt === null)
      .map(({ id, name, title, department, phone, email, roles, sensitiveNotes }) => ({ id, name, title, department, phone, email, roles, sensitiveNotes }))
  }

  return {
    /** Reads and decodes the file; throws ContactsFileError for one that cannot be imported at all. */
    read(bytes: Uint8Array, fileName: string): ContactsFileSummary {
      file = importFile(bytes, fileName)
      last = null
      if (file.kind === 'vcard') return { kind: 'vcard', encoding: file.encoding, rows: file.rows.length, csv: null }
      const { table, guessed } = file
      return { kind: 'csv', encoding: file.encoding, rows: table.rows.length, csv: { headers: table.headers, sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells), guessed } }
    },

    async plan(mapping: ColumnMapping | null, accountId: string | null, labels: ImportLabels): Promise<ImportPreview> {
      if (!file) throw new Error('No contacts file was read')
      const existing = await existingPeople(accountId)
      const plan = planImport(contactRows(file, mapping), existing, labels)
      last = { plan, existing }
      const byId = new Map(existing.map((p) => [p.id, p]))
      const changes: Record<number, FieldChange[]> = {}
      for (const row of plan) {
        const before = row.kind === 'duplicate' && row.of.kind === 'existing' ? byId.get(row.of.id) : undefined
        if (row.kind === 'duplicate' && before) changes[row.row] = mergeChanges(before, resolveImport([row], new Map(), [before]).updates[0]?.after ?? before)
      }
      return { plan, changes }
    },

    async write(target: ImportTarget, choices: [row: number, choice: DuplicateChoice][]): Promise<ImportReceipt> {
      if (!last) throw new Error('The import was not planned')
      const write = resolveImport(last.plan, new Map(choices), last.existing)
      return writeImport(db, target, write)
    }
  }
}
export type ContactsJob = ReturnType<typeof createContactsJob>

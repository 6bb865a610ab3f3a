import type { BuyingRole } from '#shared/schemas/enums'
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '#shared/schemas/record'
import { departmentOf, type CoverageDepartment } from '../stakeholders/departments'
import { createDuplicateIndex, phoneKeys, type DuplicateReason } from './duplicates'
import type { AddressKind, ContactProblem, ContactRow, ParsedContact } from './parsedContact'
import { roleFromTitle } from './titleRoles'

/** The fields an import writes on a person; everything else keeps the editor's defaults. */
export interface ImportPerson {
  name: string
  title: string
  department: string
  phone: string
  email: string
  roles: BuyingRole[]
  sensitiveNotes: string
}
export const IMPORT_FIELDS = ['title', 'department', 'phone', 'email', 'roles', 'sensitiveNotes'] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Someone already on the account's map. */
export type ExistingPerson = ImportPerson & { id: string }

/** What a merge would change on the person it lands on: gaps filled, numbers added, never the rep's text replaced. */
export type FieldChange = { field: ImportField; before: string; after: string }

export type DuplicateOf = { kind: 'existing'; id: string; name: string } | { kind: 'inFile'; row: number; name: string }

export type PlannedRow =
  | { kind: 'new'; row: number; person: ImportPerson; company: string; suggested: Suggestion }
  | { kind: 'duplicate'; row: number; person: ImportPerson; company: string; suggested: Suggestion; of: DuplicateOf; reason: DuplicateReason }
  | { kind: 'bad'; row: number; problem: ContactProblem; excerpt: string }

export type Suggestion = { role: BuyingRole | null; department: CoverageDepartment | null }

/** What the rep chose for a duplicate: fold it into the match, leave it out, or add them as someone else (two 王伟 in one plant). */
export type DuplicateChoice = 'merge' | 'skip' | 'new'

/** How labels read that the domain cannot translate: an address's kind, a coverage department. */
export interface ImportLabels {
  address: Record<AddressKind, string>
  department: Record<CoverageDepartment, string>
}

const fits = (text: string, max: number) => text.length <= max

/** Numbers joined as one field, mobile first, as many as fit. */
function joinPhones(numbers: readonly string[], max = MAX_SHORT_TEXT): string {
  let joined = ''
  for (const number of numbers) {
    const next = joined ? `${joined}; ${number}` : number
    if (!fits(next, max)) break
    joined = next
  }
  return joined
}

function joinNotes(parts: readonly string[]): string {
  return parts
    .filter((part) => part.trim())
    .join('\n')
    .slice(0, MAX_LONG_TEXT)
}

/** A contact as the fields of a person: the title (or the vCard role), the suggested role and department where the file gives none. */
export function personFromContact(contact: ParsedContact, labels: ImportLabels): { person: ImportPerson; suggested: Suggestion } {
  const title = contact.title || contact.role
  const role = roleFromTitle(title, contact.department) ?? roleFromTitle(contact.role)
  const department = departmentOf({ department: contact.department, title, roles: role ? [role] : [] })
  const person: ImportPerson = {
    name: contact.name,
    title,
    department: contact.department || (department ? labels.department[department] : ''),
    phone: joinPhones(contact.phones.map((p) => p.number)),
    email: contact.emails[0] ?? '',
    roles: role ? [role] : [],
    // A phone's note and home address are about the person, so they stay among the sensitive notes.
    sensitiveNotes: joinNotes([contact.note, ...contact.addresses.map((a) => `${labels.address[a.kind]}: ${a.text}`)])
  }
  return { person, suggested: { role, department } }
}

/**
 * Every row of a file against the people already on the account: new, a duplicate (of someone here or
 * of an earlier row, and why), or bad with its reason. Pure and linear, so it can run on every change
 * of the column mapping.
 */
export function planImport(rows: readonly ContactRow[], existing: readonly ExistingPerson[], labels: ImportLabels): PlannedRow[] {
  type Known = { person: ImportPerson; of: DuplicateOf }
  const index = createDuplicateIndex<Known & ImportPerson>(existing.map((p) => ({ ...p, person: p, of: { kind: 'existing', id: p.id, name: p.name } })))
  return rows.map((row): PlannedRow => {
    if (!row.ok) return { kind: 'bad', row: row.row, problem: row.problem, excerpt: row.excerpt }
    const { person, suggested } = personFromContact(row.contact, labels)
    const company = row.contact.company
    const found = index.find(person)
    if (found) return { kind: 'duplicate', row: row.contact.row, person, company, suggested, of: found.match.of, reason: found.reason }
    index.add({ ...person, person, of: { kind: 'inFile', row: row.contact.row, name: person.name } })
    return { kind: 'new', row: row.contact.row, person, company, suggested }
  })
}

/** The person after a merge: gaps filled from the file, new numbers added, notes appended; the rep's own text stays. */
export function mergePerson(target: ImportPerson, incoming: ImportPerson): ImportPerson {
  const known = new Set(phoneKeys(target.phone))
  const added = incoming.phone.split(';').map((n) => n.trim()).filter((n) => n && phoneKeys(n).every((key) => !known.has(key)))
  const phone = joinPhones([...(target.phone ? [target.phone] : []), ...added])
  const notes = target.sensitiveNotes.includes(incoming.sensitiveNotes) ? target.sensitiveNotes : joinNotes([target.sensitiveNotes, incoming.sensitiveNotes])
  return {
    name: target.name,
    title: target.title || incoming.title,
    department: target.department || incoming.department,
    phone,
    email: target.email || incoming.email,
    roles: target.roles.length > 0 ? target.roles : incoming.roles,
    sensitiveNotes: notes
  }
}

const shown = (person: ImportPerson, field: ImportField) => (field === 'roles' ? person.roles.join(', ') : person[field])

/** The fields a merge changes, before and after, for the preview. */
export function mergeChanges(before: ImportPerson, after: ImportPerson): FieldChange[] {
  return IMPORT_FIELDS.filter((field) => shown(before, field) !== shown(after, field)).map((field) => ({ field, before: shown(before, field), after: shown(after, field) }))
}

/** What the import writes: people to add, and for each person here that a row merges into, the person after. */
export interface ImportWrite {
  creates: { row: number; person: ImportPerson }[]
  updates: { id: string; before: ExistingPerson; after: ImportPerson; rows: number[] }[]
  skipped: number
  bad: number
}

/** The rep's choices applied: merges folded into the person here or into the earlier row, skips dropped, bad rows counted. */
export function resolveImport(plan: readonly PlannedRow[], choices: ReadonlyMap<number, DuplicateChoice>, existing: readonly ExistingPerson[]): ImportWrite {
  const creates = new Map<number, { row: number; person: ImportPerson }>()
  const updates = new Map<string, ImportWrite['updates'][number]>()
  const here = new Map(existing.map((p) => [p.id, p]))
  let skipped = 0
  let bad = 0
  for (const row of plan) {
    if (row.kind === 'bad') {
      bad++
      continue
    }
    if (row.kind === 'new') {
      creates.set(row.row, { row: row.row, person: row.person })
      continue
    }
    const choice = choices.get(row.row) ?? 'merge'
    if (choice === 'skip') skipped++
    else if (choice === 'new') creates.set(row.row, { row: row.row, person: row.person })
    else if (row.of.kind === 'inFile') {
      const earlier = creates.get(row.of.row)
      if (earlier) earlier.person = mergePerson(earlier.person, row.person)
      else skipped++
    } else {
      const before = here.get(row.of.id)
      if (!before) continue
      const update = updates.get(before.id) ?? { id: before.id, before, after: before, rows: [] }
      update.after = mergePerson(update.after, row.person)
      update.rows.push(row.row)
      updates.set(before.id, update)
    }
  }
  return { creates: [...creates.values()], updates: [...updates.values()], skipped, bad }
}

/** The company most rows name, offered as the new account's name; empty when the file names none. */
export function mostCommonCompany(plan: readonly PlannedRow[]): string {
  const counts = new Map<string, number>()
  for (const row of plan) if (row.kind !== 'bad' && row.company.trim()) counts.set(row.company.trim(), (counts.get(row.company.trim()) ?? 0) + 1)
  let best = ''
  for (const [company, count] of counts) if (count > (counts.get(best) ?? 0)) best = company
  return best
}

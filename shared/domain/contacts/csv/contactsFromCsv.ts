import { excerptOf } from '#shared/domain/text/excerpt'
import { hasTooLongField } from '../contactBounds'
import { nameFromRow, type ColumnMapping, type ContactField } from '../csvColumns'
import type { ContactRow, CsvTable, ParsedContact } from '../parsedContact'
import { isChineseMobile, mobileFirst, splitPhones } from '../phoneNumbers'

// Our own export (and careful spreadsheets) guard formula-like cells with an apostrophe.
const unguard = (text: string) => text.replace(/^'(?=[=@+-])/, '')

const splitEmails = (field: string) => field.split(/[;,，；\s]+/).filter((e) => e.includes('@'))

/** The people in a CSV's rows under the rep's column mapping, or why a row is skipped. */
export function contactsFromCsv(table: CsvTable, mapping: ColumnMapping): ContactRow[] {
  return table.rows.map(({ line, cells: raw, broken }): ContactRow => {
    const cells = raw.map(unguard)
    const excerpt = () => excerptOf(cells.filter(Boolean).join(' · '))
    if (broken) return { ok: false, row: line, problem: 'badRow', excerpt: excerpt() }
    const cell = (field: ContactField) => (mapping[field] === undefined ? '' : (cells[mapping[field]!] ?? '').replace(/\s+/g, ' ').trim())
    const mobiles = splitPhones(cell('mobile')).map((number) => ({ kind: 'mobile' as const, number }))
    const others = splitPhones(cell('phone')).map((number) => ({ kind: isChineseMobile(number) ? ('mobile' as const) : ('work' as const), number }))
    const phones = [...mobiles, ...others]
    const contact: ParsedContact = {
      row: line,
      name: nameFromRow(cells, mapping),
      title: cell('title'),
      role: '',
      department: cell('department'),
      company: cell('company'),
      phones: mobileFirst(phones.filter((p, i) => phones.findIndex((q) => q.number === p.number) === i)),
      emails: [...new Set(splitEmails(cell('email')))],
      addresses: [],
      note: mapping.note === undefined ? '' : (cells[mapping.note] ?? '').replace(/\r\n?/g, '\n').trim(),
      hadPhoto: false
    }
    if (!contact.name) return { ok: false, row: line, problem: 'noName', excerpt: excerpt() }
    if (hasTooLongField(contact)) return { ok: false, row: line, problem: 'tooLong', excerpt: excerpt() }
    return { ok: true, contact }
  })
}

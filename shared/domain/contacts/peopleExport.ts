import { hasCjk } from './cjk'
import { isChineseMobile, splitPhones } from './phoneNumbers'

/** What leaves in an exported contacts file: never a private note. */
export interface ExportPerson {
  name: string
  title: string
  department: string
  phone: string
  email: string
}

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/** A content line folded at 75 bytes, as RFC 2426 and 6350 ask, never inside a character. */
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!)
    if (bytes + size > 75) {
      parts.push(current)
      current = ' '
      bytes = 1
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

/** N's family and given names: a Chinese name's first character is the family name, a Latin name's last word. */
function structuredName(name: string): [family: string, given: string] {
  const trimmed = name.trim()
  if (hasCjk(trimmed) && !/\s/.test(trimmed)) return [trimmed.slice(0, 1), trimmed.slice(1)]
  const words = trimmed.split(/\s+/)
  return words.length > 1 ? [words[words.length - 1]!, words.slice(0, -1).join(' ')] : [trimmed, '']
}

/**
 * The people as vCard 4.0 (RFC 6350): name, company and department, title, each number (mobiles as
 * cell) and email. Numbers stay text values, which 4.0 allows for what 3.0 readers also take.
 */
export function peopleToVcard(people: readonly ExportPerson[], company: string): string {
  const cards = people.map((person) => {
    const [family, given] = structuredName(person.name)
    const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(person.name)}`, `N:${escapeText(family)};${escapeText(given)};;;`]
    if (company || person.department) lines.push(`ORG:${escapeText(company)}${person.department ? `;${escapeText(person.department)}` : ''}`)
    if (person.title) lines.push(`TITLE:${escapeText(person.title)}`)
    for (const number of splitPhones(person.phone)) lines.push(`TEL;TYPE=${isChineseMobile(number) ? 'cell' : '"work,voice"'}:${escapeText(number)}`)
    if (person.email) lines.push(`EMAIL;TYPE=work:${escapeText(person.email)}`)
    lines.push('END:VCARD')
    return lines.map(fold).join('\r\n')
  })
  return cards.length ? `${cards.join('\r\n')}\r\n` : ''
}

export type CsvHeaders = Record<'name' | 'title' | 'department' | 'phone' | 'email' | 'company', string>

// A cell Excel would run as a formula (=, @, or + and - not starting a phone number) gets a leading apostrophe.
const FORMULA = /^[=@\t\r]|^[+-](?![\d\s()-]+$)/

function csvCell(text: string): string {
  const safe = FORMULA.test(text) ? `'${text}` : text
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The people as a UTF-8 CSV with a byte-order mark (so Excel in China opens it without garbling) and headers in the rep's language. */
export function peopleToCsv(people: readonly ExportPerson[], company: string, headers: CsvHeaders): string {
  const columns = ['name', 'title', 'department', 'phone', 'email', 'company'] as const
  const rows = [columns.map((c) => headers[c]), ...people.map((p) => columns.map((c) => (c === 'company' ? company : p[c])))]
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

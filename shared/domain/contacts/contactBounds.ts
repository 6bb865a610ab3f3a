import { MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT } from '#shared/schemas/record'
import type { ParsedContact } from './parsedContact'

/** Whether a field is past what a person's record holds: the name 120 characters, a note 5000, every other field 200. */
export function hasTooLongField(contact: ParsedContact): boolean {
  const short = [contact.title, contact.role, contact.department, contact.company, ...contact.phones.map((p) => p.number), ...contact.emails, ...contact.addresses.map((a) => a.text)]
  return contact.name.length > MAX_NAME || contact.note.length > MAX_LONG_TEXT || short.some((text) => text.length > MAX_SHORT_TEXT)
}

/** A short one-line excerpt of a skipped row for the list of skipped rows (never cuts a character in two). */
export function excerptOf(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(line.slice(0, max * 2))
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')
}

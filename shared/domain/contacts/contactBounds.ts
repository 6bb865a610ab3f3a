import { MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT } from '#shared/schemas/record'
import type { ParsedContact } from './parsedContact'

/** Whether a field is past what a person's record holds: the name 120 characters, a note 5000, every other field 200. */
export function hasTooLongField(contact: ParsedContact): boolean {
  const short = [contact.title, contact.role, contact.department, contact.company, ...contact.phones.map((p) => p.number), ...contact.emails, ...contact.addresses.map((a) => a.text)]
  return contact.name.length > MAX_NAME || contact.note.length > MAX_LONG_TEXT || short.some((text) => text.length > MAX_SHORT_TEXT)
}

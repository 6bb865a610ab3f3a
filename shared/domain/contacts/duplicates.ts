/** What the duplicate check needs of a person, imported or already on the map. */
export type PersonKeys = { name: string; phone: string; email: string }
export type DuplicateReason = 'phone' | 'email' | 'name'

/**
 * A phone number's comparable digits: separators dropped, and a leading country code of China (+86,
 * 0086, 86 before a mobile) removed, so 138-0013-8000, +86 138 0013 8000 and 8613800138000 are one.
 */
export function phoneKey(phone: string): string {
  let digits = phone.replace(/\D/g, '')
  if (digits.startsWith('0086')) digits = digits.slice(4)
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2)
  return digits.length >= 6 ? digits : ''
}

const emailKey = (email: string) => email.trim().toLowerCase()
const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

/** Several numbers may share one field ("138…; 021-…"): each is a key. */
const phoneKeys = (phone: string) => phone.split(/[;,，；/]/).map(phoneKey).filter(Boolean)

/**
 * The person already on the account's map an imported one is, and why: the same phone or email, or
 * the same name (people are matched within one account only). Null when nobody matches.
 */
export function findDuplicate<P extends PersonKeys>(person: PersonKeys, existing: readonly P[]): { match: P; reason: DuplicateReason } | null {
  const phones = new Set(phoneKeys(person.phone))
  const email = emailKey(person.email)
  const name = nameKey(person.name)
  for (const other of existing) if (phones.size > 0 && phoneKeys(other.phone).some((key) => phones.has(key))) return { match: other, reason: 'phone' }
  for (const other of existing) if (email && emailKey(other.email) === email) return { match: other, reason: 'email' }
  for (const other of existing) if (name && nameKey(other.name) === name) return { match: other, reason: 'name' }
  return null
}

import { ContactsFileError } from './contactsFileError'
import { guessColumns } from './csvColumns'
import { readCsv } from './csv/readCsv'
import { detectEncoding } from './encoding'
import { CONTACT_LIMITS, type ContactsFile, type DecodeText } from './parsedContact'
import { looksLikeVcard, readVcards } from './vcard/readVcards'

// Files people pick by mistake: a zip (xlsx, docx), a PDF, an image.
const BINARY_MAGIC = [[0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0xd0, 0xcf, 0x11, 0xe0]]
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)

/**
 * A contacts file from its bytes: its encoding detected, then read as vCard (by its content or a
 * .vcf name) or as CSV. Throws ContactsFileError when nothing can be imported from it at all.
 */
export function readContactsFile(bytes: Uint8Array, fileName: string, decode: DecodeText): ContactsFile {
  if (bytes.length === 0) throw new ContactsFileError('empty')
  if (bytes.length > CONTACT_LIMITS.fileBytes) throw new ContactsFileError('tooLarge')
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) throw new ContactsFileError('notContacts')
  const { encoding, bom } = detectEncoding(bytes)
  const text = decode(bytes.subarray(bom), encoding)
  if (!text.trim()) throw new ContactsFileError('empty')
  if (text.includes('\u0000')) throw new ContactsFileError('notContacts')
  if (looksLikeVcard(text) || /\.(vcf|vcard)$/i.test(fileName)) {
    const rows = readVcards(text, decode)
    if (rows.length === 0) throw new ContactsFileError('notContacts')
    if (rows.length > CONTACT_LIMITS.rows) throw new ContactsFileError('tooManyRows')
    return { kind: 'vcard', encoding, rows }
  }
  const table = readCsv(text)
  return { kind: 'csv', encoding, table, guessed: guessColumns(table.headers) }
}

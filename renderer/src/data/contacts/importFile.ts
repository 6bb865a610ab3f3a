import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import { contactsFromCsv } from '#shared/domain/contacts/csv/contactsFromCsv'
import type { ContactRow, ContactsFile, DecodeText } from '#shared/domain/contacts/parsedContact'
import { readContactsFile } from '#shared/domain/contacts/readContactsFile'

// Charsets as phones and Outlook name them, for TextDecoder: GB2312 and GBK text is valid GB18030.
const CHARSET_ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030' }

/** Bytes to text in a named charset; throws RangeError for one TextDecoder does not know. */
export const decodeText: DecodeText = (bytes, charset) => {
  const label = charset.trim().toLowerCase()
  return new TextDecoder(CHARSET_ALIASES[label] ?? label).decode(bytes)
}

/** A contacts file read from its bytes (throws ContactsFileError when it cannot be imported at all). */
export const importFile = (bytes: Uint8Array, fileName: string): ContactsFile => readContactsFile(bytes, fileName, decodeText)

/** The file's people: a vCard's cards, or a CSV's rows under the rep's column mapping. */
export function contactRows(file: ContactsFile, mapping: ColumnMapping | null): ContactRow[] {
  return file.kind === 'vcard' ? file.rows : contactsFromCsv(file.table, mapping ?? file.guessed)
}

import type { TextEncodingLabel } from './encoding'
import type { ColumnMapping } from './csvColumns'

/** Bytes to text in a named charset (TextDecoder outside shared/, which has no DOM types). Throws on a charset it does not know. */
export type DecodeText = (bytes: Uint8Array, charset: string) => string

export type PhoneKind = 'mobile' | 'work' | 'home' | 'other'
export type AddressKind = 'home' | 'work' | 'other'

/** One person as a contacts file describes them, before anything is matched or written. */
export interface ParsedContact {
  /** Where in the file: the card's number (1-based) or the CSV line. */
  row: number
  name: string
  title: string
  /** vCard ROLE: a function ("Procurement"), kept apart from the job title. */
  role: string
  department: string
  company: string
  /** Mobile numbers first, in the file's order otherwise. */
  phones: { kind: PhoneKind; number: string }[]
  emails: string[]
  addresses: { kind: AddressKind; text: string }[]
  note: string
  /** Whether the card carried a photo (not imported: people on the map have none). */
  hadPhoto: boolean
}

/** Why a card or row was skipped; each is a `contacts.problem.*` message. */
export type ContactProblem = 'noName' | 'badCard' | 'badRow' | 'tooLong' | 'unknownCharset'

export type ContactRow =
  | { ok: true; contact: ParsedContact }
  | { ok: false; row: number; problem: ContactProblem; /** A short excerpt of the offending text, for the list of skipped rows. */ excerpt: string }

/** A CSV file read into cells, before the rep confirms which column holds what. */
export interface CsvTable {
  headers: string[]
  /** Data rows with their line number in the file (1 is the header). */
  rows: { line: number; cells: string[]; /** An unclosed quote or more cells than headers: listed, never imported. */ broken: boolean }[]
  delimiter: string
}

/** Why a whole file was refused (nothing is imported from it). */
export type ContactsFileProblem = 'empty' | 'tooLarge' | 'tooManyRows' | 'notContacts'

export type ContactsFile =
  | { kind: 'vcard'; encoding: TextEncodingLabel; rows: ContactRow[] }
  | { kind: 'csv'; encoding: TextEncodingLabel; table: CsvTable; guessed: ColumnMapping }

/** Bounds on what one import reads: a phone's full address book is a few thousand cards. */
export const CONTACT_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  rows: 50_000,
  columns: 200,
  cellChars: 5_000
} as const

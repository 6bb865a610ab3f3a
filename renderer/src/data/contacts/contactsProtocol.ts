import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import type { DuplicateChoice, ImportLabels } from '#shared/domain/contacts/importPlan'
import type { ContactsFileProblem } from '#shared/domain/contacts/parsedContact'
import type { ContactsFileSummary, ImportPreview } from './contactsJob'
import type { ImportReceipt, ImportTarget } from './importContacts'

/** Main thread → contacts worker; one request at a time, the file and the plan stay in the worker between them. */
export type ContactsRequest =
  | { type: 'read'; dbName: string; bytes: Uint8Array; fileName: string }
  | { type: 'plan'; mapping: ColumnMapping | null; accountId: string | null; labels: ImportLabels }
  | { type: 'write'; target: ImportTarget; choices: [number, DuplicateChoice][] }

export type ContactsAnswer =
  | { type: 'read'; summary: ContactsFileSummary }
  | { type: 'refused'; problem: ContactsFileProblem }
  | { type: 'planned'; preview: ImportPreview }
  | { type: 'written'; receipt: ImportReceipt }

export type ContactsMessage = ContactsAnswer | { type: 'error'; name: string; message: string }

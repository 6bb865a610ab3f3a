// Public data API of contacts import: reading a file off the UI thread, the written import and its undo; re-exported by ../index.ts.
export { openContactsFile, type ContactsSession, type OpenContacts } from './contactsClient'
export type { ContactsFileSummary, ImportPreview } from './contactsJob'
export { undoImport, writeImport, type ImportReceipt, type ImportTarget } from './importContacts'
export { CSV_MAPPINGS_KEY, useContactsImport } from './hooks'

// What other screens use of contacts import and export.
export { ExportPeopleDialog } from './ExportPeopleDialog'
export { ImportContactsCommand } from './ImportContactsCommand'
export { useImportContacts } from './useImportContacts'

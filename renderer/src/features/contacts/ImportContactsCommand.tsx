import { useAccount } from '#data'
import { useCommandAction } from '#app/useSaveShortcut'
import { useImportContacts } from './useImportContacts'

/** The palette's "Import people…" from any screen: into the open account, or one the rep picks or makes from the file. */
export function ImportContactsCommand({ accountId }: { accountId: string | null }) {
  const lookup = useAccount(accountId ?? '')
  const importer = useImportContacts(accountId ? (lookup?.account ?? null) : null)
  useCommandAction('people.import', importer.start)
  return <>{importer.element}</>
}

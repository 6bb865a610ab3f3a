import { useMemo } from 'react'
import type { ColumnMapping } from '#shared/domain/contacts/csvColumns'
import { parseRemembered, remember, rememberedMapping } from '#shared/domain/contacts/mappingMemory'
import { useDb } from '../DataProvider'
import { openContactsFile } from './contactsClient'
import { undoImport, type ImportReceipt } from './importContacts'

export const CSV_MAPPINGS_KEY = 'contacts.csvMappings'

/** Contacts import for screens: open a file (read off the UI thread), the column mapping remembered per header set, undo. */
export function useContactsImport() {
  const db = useDb()
  return useMemo(
    () => ({
      open: (bytes: Uint8Array, fileName: string) => openContactsFile(db, bytes, fileName),
      undo: (receipt: ImportReceipt) => undoImport(db, receipt),
      async mappingFor(headers: readonly string[]): Promise<ColumnMapping | null> {
        return rememberedMapping(parseRemembered((await db.settings.get(CSV_MAPPINGS_KEY))?.value), headers)
      },
      async rememberMapping(headers: readonly string[], mapping: ColumnMapping): Promise<void> {
        await db.transaction('rw', db.settings, async () => {
          const list = parseRemembered((await db.settings.get(CSV_MAPPINGS_KEY))?.value)
          await db.settings.put({ key: CSV_MAPPINGS_KEY, value: remember(list, headers, mapping), updatedAt: Date.now() })
        })
      }
    }),
    [db]
  )
}

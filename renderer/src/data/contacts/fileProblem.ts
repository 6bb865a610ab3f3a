import { ContactsFileError } from '#shared/domain/contacts/contactsFileError'
import type { ContactsFileProblem } from '#shared/domain/contacts/parsedContact'

/** A file refused whole, by its reason; any other failure is thrown on. */
export function fileProblemOf<T>(read: () => T): { ok: true; value: T } | { ok: false; problem: ContactsFileProblem } {
  try {
    return { ok: true, value: read() }
  } catch (error) {
    if (error instanceof ContactsFileError) return { ok: false, problem: error.problem }
    throw error
  }
}

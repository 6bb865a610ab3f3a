import type { ContactsFileProblem } from '#shared/domain/contacts/parsedContact'

const PROBLEMS: readonly ContactsFileProblem[] = ['empty', 'tooLarge', 'tooManyRows', 'notContacts']

/** A file refused whole, by its reason; any other failure is thrown on. */
export function fileProblemOf<T>(read: () => T): { ok: true; value: T } | { ok: false; problem: ContactsFileProblem } {
  try {
    return { ok: true, value: read() }
  } catch (error) {
    const problem = (error as { problem?: unknown } | null)?.problem
    if (PROBLEMS.includes(problem as ContactsFileProblem)) return { ok: false, problem: problem as ContactsFileProblem }
    throw error
  }
}

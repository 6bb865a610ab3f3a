import type { ContactsFileProblem } from './parsedContact'

/** A contacts file refused whole; `problem` names the `contacts.fileProblem.*` reason. */
export class ContactsFileError extends Error {
  readonly problem: ContactsFileProblem

  constructor(problem: ContactsFileProblem) {
    super(`Contacts file refused: ${problem}`)
    this.name = 'ContactsFileError'
    this.problem = problem
  }
}

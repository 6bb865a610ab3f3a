// The names of the Yjs documents a team shares. One document per shared account holds its rows; one per
// dossier section holds that section's text, so a section is loaded (and merged) only where it is edited.
// The server authorizes every document by the account id in its name.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const ACCOUNT_DOC = new RegExp(`^atlas:account:(${UUID})(?::section:(${UUID}))?$`)

export interface SyncDocRef {
  accountId: string
  /** Set for a dossier section's text document. */
  sectionId?: string
}

export function accountDocName(accountId: string): string {
  return `atlas:account:${accountId}`
}

export function sectionDocName(accountId: string, sectionId: string): string {
  return `atlas:account:${accountId}:section:${sectionId}`
}

/** The account (and section) a document name refers to, or null for any name we never issue. */
export function parseDocName(name: string): SyncDocRef | null {
  const match = ACCOUNT_DOC.exec(name)
  if (!match) return null
  const [, accountId, sectionId] = match
  return sectionId ? { accountId: accountId!, sectionId } : { accountId: accountId! }
}

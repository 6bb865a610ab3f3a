import type { Migration } from './types'

/**
 * Version 5: team sync (docs/sync.md). `syncDocs` holds one row per shared account's Yjs document, its
 * updates kept by y-dexie in a table of their own (declared by the `doc: Y.Doc` property); `syncAccounts`
 * which accounts are shared, with their sync state; `syncConfig` the team server's address and the rep's
 * token, kept apart from `settings` so no backup or shared file ever carries the token. New tables only:
 * nothing existing changes. Never edit this file once shipped: add a new version instead (see README.md).
 */
export const v5: Migration = {
  version: 5,
  stores: {
    syncDocs: 'id, accountId, doc: Y.Doc',
    syncAccounts: 'accountId',
    syncConfig: 'key'
  }
}

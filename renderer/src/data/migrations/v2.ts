import type { Migration } from './types'

/**
 * Version 2: dossier photos (`attachments`), the dated history of stakeholder changes
 * (`stakeholderChanges`) and per-rep `settings`. New tables only; existing rows are untouched.
 * Never edit this file once shipped: add a new version instead (see README.md).
 */
export const v2: Migration = {
  version: 2,
  stores: {
    attachments: 'id, accountId, sectionId',
    stakeholderChanges: 'id, accountId, stakeholderId, at',
    settings: 'key'
  }
}

import type { Migration } from './types'

/**
 * Version 1, as shipped. Never edit this file: add a new version instead (see README.md).
 *
 * Only indexed properties are listed; every other field is stored but not indexed. `deletedAt` is the
 * soft-delete tombstone (null while live; IndexedDB does not index null, so live rows are found by
 * scanning, not by this index).
 */
export const v1: Migration = {
  version: 1,
  stores: {
    accounts: 'id, name, updatedAt, deletedAt, classification, positioning, stage',
    stakeholders: 'id, accountId, updatedAt',
    relationships: 'id, accountId, fromId, toId',
    dossierSections: 'id, accountId, [accountId+channel]',
    visits: 'id, accountId, date',
    objections: 'id, accountId',
    competitors: 'id, accountId'
  }
}

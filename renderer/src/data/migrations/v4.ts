import type { Transaction } from 'dexie'
import { rebuildSummaries } from '../summaries/rebuild'
import type { Migration } from './types'

/**
 * Version 4: `accountSummaries`, one row per account (visit dates, open tasks, coverage warnings, last
 * activity), so the account list reads two small tables instead of every person and visit. Built here
 * from the existing rows; from then on kept current inside every write (summaries/upkeep.ts). Never edit
 * this file once shipped: add a new version instead (see README.md).
 */
export const v4: Migration = {
  version: 4,
  stores: {
    accountSummaries: 'accountId'
  },
  async upgrade(tx: Transaction) {
    await rebuildSummaries((name) => tx.table(name))
  }
}

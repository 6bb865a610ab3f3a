import type { Transaction } from 'dexie'
import { upgradeAccountRow, upgradeCompetitorRow, upgradeObjectionRow, upgradeVisitRow } from '#shared/domain/upgrades/v3'
import type { Migration } from './types'

/**
 * Version 3: visits as plan and record (kind, status, time, questions, tasks; indexed by status), objections
 * by person and visit, competitors as suppliers with brands and share, the account's stage history, buyer
 * grade and cadence override, and the team's objection answer library (`objectionAnswers`). Every existing
 * row is carried forward by the pure upgrades in shared/domain/upgrades/v3.ts, which the backup reader
 * shares. Never edit this file once shipped: add a new version instead (see README.md).
 */
export const v3: Migration = {
  version: 3,
  stores: {
    visits: 'id, accountId, date, status',
    objectionAnswers: 'id, content, updatedAt'
  },
  async upgrade(tx: Transaction) {
    const now = Date.now()
    const carry = (table: string, upgrade: (row: unknown) => unknown) =>
      tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgrade(row)
        })
    await Promise.all([
      carry('visits', (row) => upgradeVisitRow(row, now)),
      carry('accounts', upgradeAccountRow),
      carry('objections', upgradeObjectionRow),
      carry('competitors', upgradeCompetitorRow)
    ])
  }
}

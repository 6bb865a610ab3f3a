import { withStageChange } from '#shared/domain/stageHistory'
import { Account, AccountDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { createEntityRepository, type EntityRepository, type RepositoryDeps } from './entityRepository'

export type AccountsRepository = EntityRepository<Account>

/**
 * Accounts. Soft-deleting an account does not cascade to its stakeholders, dossier, visits, objections
 * or competitors in v1: they keep their own tombstones, and queries for an account's children should
 * treat a deleted account as hiding them. Restoring the account therefore brings everything back as it was.
 */
export function createAccountsRepository(db: AtlasDb, deps: RepositoryDeps = {}): AccountsRepository {
  return createEntityRepository(db.accounts, AccountDraft, Account, deps, (next, previous) => ({
    ...next,
    stageHistory: withStageChange(previous?.stageHistory ?? next.stageHistory, next.stage, next.updatedAt)
  }))
}

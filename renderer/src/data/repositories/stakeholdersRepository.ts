import { Stakeholder, StakeholderDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { createEntityRepository, type EntityRepository, type RepositoryDeps } from './entityRepository'

export type StakeholdersRepository = EntityRepository<Stakeholder>

/** Stakeholders of an account. The account reference is checked for shape (uuid), not for existence. */
export function createStakeholdersRepository(db: AtlasDb, deps: RepositoryDeps = {}): StakeholdersRepository {
  return createEntityRepository(db.stakeholders, StakeholderDraft, Stakeholder, deps)
}

import { Objection, ObjectionDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { createEntityRepository, type EntityRepository, type RepositoryDeps } from './entityRepository'

export type ObjectionsRepository = EntityRepository<Objection>

/**
 * When it was resolved, kept by the repository: the moment it is first saved as resolved (or the date an
 * import brings), unchanged while it stays resolved, cleared when it is reopened.
 */
export function resolvedAtOf(next: Objection, previous: Objection | undefined): number | null {
  if (next.status === 'open') return null
  const kept = previous ? (previous.status === 'resolved' ? previous.resolvedAt : null) : next.resolvedAt
  return kept ?? next.updatedAt
}

export function createObjectionsRepository(db: AtlasDb, deps: RepositoryDeps = {}): ObjectionsRepository {
  return createEntityRepository(db.objections, ObjectionDraft, Objection, deps, (next, previous) => ({
    ...next,
    resolvedAt: resolvedAtOf(next, previous)
  }))
}

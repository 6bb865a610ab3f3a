import { Relationship, StakeholderChange } from '#shared/schemas'
import { StakeholderRecord } from '#shared/domain/stakeholders'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readValid } from '../read'

/**
 * Everything stored for one account's map, deleted rows included (the map-as-of-date view needs them),
 * plus the rows that fail their schema. Rows are read through the accountId index.
 */
export type StakeholderMapRows = {
  stakeholders: StakeholderRecord[]
  relationships: Relationship[]
  changes: StakeholderChange[]
  invalid: InvalidRecord[]
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export async function readStakeholderMap(db: AtlasDb, accountId: string): Promise<StakeholderMapRows> {
  const [people, links, changes] = await Promise.all([
    db.stakeholders.where('accountId').equals(accountId).toArray() as Promise<unknown[]>,
    db.relationships.where('accountId').equals(accountId).toArray() as Promise<unknown[]>,
    db.stakeholderChanges.where('accountId').equals(accountId).toArray() as Promise<unknown[]>
  ])
  const s = readValid(people, StakeholderRecord, db.stakeholders.name)
  const r = readValid(links, Relationship, db.relationships.name)
  const c = readValid(changes, StakeholderChange, db.stakeholderChanges.name)
  return {
    stakeholders: s.items.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id)),
    relationships: r.items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    changes: c.items.sort((a, b) => a.at - b.at || a.createdAt - b.createdAt),
    invalid: [...s.invalid, ...r.invalid, ...c.invalid]
  }
}

/** Current view: non-deleted people, and non-deleted links whose both ends are non-deleted people. */
export function currentMap(rows: StakeholderMapRows): StakeholderMapRows {
  const stakeholders = rows.stakeholders.filter((p) => p.deletedAt === null)
  const ids = new Set(stakeholders.map((p) => p.id))
  return {
    ...rows,
    stakeholders,
    relationships: rows.relationships.filter((r) => r.deletedAt === null && ids.has(r.fromId) && ids.has(r.toId)),
    changes: rows.changes.filter((c) => c.deletedAt === null)
  }
}

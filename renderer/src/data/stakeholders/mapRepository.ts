import {
  Relationship,
  RelationshipDraft,
  StakeholderChange,
  StakeholderChangeDraft,
  type Stakeholder
} from '#shared/schemas'
import { StakeholderRecord, StakeholderRecordDraft, encodeRoles } from '#shared/domain/stakeholders'
import type { AtlasDb } from '../db'
import { RecordNotFoundError, ValidationError } from '../errors'
import { createEntityRepository, type EntityRepository, type RepositoryDeps, type UpdateOptions } from '../repositories/entityRepository'

/** Why a tracked field changed; kept on the person's timeline. */
export type ChangeNote = { reason?: string; at?: number; findingIds?: string[] }

/** What deletePerson removed: the person and their links that were live then, so undo restores exactly those. */
export type DeletedPerson = { personId: string; linkIds: string[] }

/** Dragged positions before a reset, by person id, so the reset can be undone. */
export type SavedPositions = Record<string, { x: number; y: number }>

const TRACKED = ['stance', 'influence', 'relationshipStage', 'roles'] as const

/**
 * Writes for the stakeholder map. Every change of stance, influence, relationship stage or roles made
 * through `updatePerson`, and every departure, is logged in `stakeholderChanges` in the same transaction.
 */
export interface StakeholderMapRepository {
  createPerson(draft: unknown): Promise<StakeholderRecord>
  /** Saves the person; logs each tracked field that changed with the note's reason and date. `options.basedOn`: see EntityRepository.update. */
  updatePerson(id: string, draft: unknown, note?: ChangeNote, options?: UpdateOptions): Promise<StakeholderRecord>
  /** Keeps (or with null, forgets) the position the rep dragged the node to. Not logged. */
  setPosition(id: string, position: { x: number; y: number } | null): Promise<void>
  /** Forgets every dragged position of the account's people; returns them, for undo. */
  clearPositions(accountId: string): Promise<SavedPositions>
  /** Puts back positions returned by clearPositions (people deleted since are skipped). */
  restorePositions(positions: SavedPositions): Promise<void>
  /**
   * Soft-deletes the person and, in the same transaction, their live links; their history stays. Returns
   * what it removed, for restorePerson.
   */
  deletePerson(id: string): Promise<DeletedPerson>
  /** Brings the person back, with the links deletePerson removed with them when `linkIds` is given. */
  restorePerson(id: string, linkIds?: readonly string[]): Promise<void>
  /** Marks a person as having left on `at` (default now), logged with the reason; null brings them back. */
  setDeparted(id: string, departedAt: number | null, note?: ChangeNote): Promise<StakeholderRecord>
  createLink(draft: unknown): Promise<Relationship>
  deleteLink(id: string): Promise<void>
  restoreLink(id: string): Promise<void>
  people: EntityRepository<StakeholderRecord>
  links: EntityRepository<Relationship>
  changes: EntityRepository<StakeholderChange>
}

function valueOf(person: Stakeholder, field: (typeof TRACKED)[number]): string {
  return field === 'roles' ? encodeRoles(person.roles) : person[field]
}

export function createStakeholderMapRepository(db: AtlasDb, deps: RepositoryDeps = {}): StakeholderMapRepository {
  const now = deps.now ?? (() => Date.now())
  // The table is typed with the shared Stakeholder; rows written here carry the feature's extra field.
  const people = createEntityRepository<StakeholderRecord>(
    db.stakeholders as never,
    StakeholderRecordDraft,
    StakeholderRecord,
    deps
  )
  const links = createEntityRepository(db.relationships, RelationshipDraft, Relationship, deps)
  const changes = createEntityRepository(db.stakeholderChanges, StakeholderChangeDraft, StakeholderChange, deps)

  async function existing(id: string): Promise<StakeholderRecord> {
    const person = await people.get(id)
    if (!person) throw new RecordNotFoundError(db.stakeholders.name, id)
    return person
  }

  async function log(person: StakeholderRecord, field: StakeholderChange['field'], from: string | null, to: string | null, note: ChangeNote) {
    await changes.create({
      accountId: person.accountId,
      stakeholderId: person.id,
      at: note.at ?? now(),
      field,
      from,
      to,
      reason: note.reason ?? '',
      findingIds: note.findingIds ?? []
    })
  }

  const rw = <R>(work: () => Promise<R>) => db.transaction('rw', db.stakeholders, db.stakeholderChanges, work)

  return {
    people,
    links,
    changes,
    createPerson: (draft) => people.create(draft),

    updatePerson(id, draft, note = {}, options = {}) {
      return rw(async () => {
        const before = await existing(id)
        const after = await people.update(id, draft, options)
        for (const field of TRACKED) {
          const from = valueOf(before, field)
          const to = valueOf(after, field)
          if (from !== to) await log(after, field, from, to, note)
        }
        return after
      })
    },

    async setPosition(id, position) {
      await rw(async () => {
        const person = await existing(id)
        await people.update(id, { ...person, position })
      })
    },

    clearPositions(accountId) {
      return rw(async () => {
        const saved: SavedPositions = {}
        const rows = await db.stakeholders.where('accountId').equals(accountId).toArray()
        for (const row of rows) {
          if (row.position === null || row.position === undefined) continue
          saved[row.id] = row.position
          await db.stakeholders.update(row.id, { position: null, updatedAt: now() })
        }
        return saved
      })
    },

    async restorePositions(positions) {
      await rw(async () => {
        for (const [id, position] of Object.entries(positions)) {
          const row = await db.stakeholders.get(id)
          if (row && row.deletedAt === null) await db.stakeholders.update(id, { position, updatedAt: now() })
        }
      })
    },

    deletePerson(id) {
      return db.transaction('rw', db.stakeholders, db.relationships, async () => {
        const person = await existing(id)
        const touching = await db.relationships
          .where('accountId')
          .equals(person.accountId)
          .filter((r) => r.deletedAt === null && (r.fromId === id || r.toId === id))
          .toArray()
        for (const link of touching) await links.softDelete(link.id)
        await people.softDelete(id)
        return { personId: id, linkIds: touching.map((l) => l.id) }
      })
    },

    restorePerson(id, linkIds = []) {
      return db.transaction('rw', db.stakeholders, db.relationships, async () => {
        await people.restore(id)
        for (const linkId of linkIds) await links.restore(linkId)
      })
    },

    setDeparted(id, departedAt, note = {}) {
      return rw(async () => {
        const person = await existing(id)
        const updated = await people.update(id, { ...person, departedAt })
        await log(
          updated,
          'departed',
          person.departedAt === null ? null : String(person.departedAt),
          departedAt === null ? null : String(departedAt),
          { ...note, at: note.at ?? departedAt ?? now() }
        )
        return updated
      })
    },

    async createLink(draft) {
      const parsed = RelationshipDraft.safeParse(draft)
      if (parsed.success && parsed.data.fromId === parsed.data.toId) {
        throw new ValidationError({ toId: { key: 'validation.invalid' } })
      }
      return links.create(draft)
    },
    deleteLink: (id) => links.softDelete(id),
    restoreLink: (id) => links.restore(id)
  }
}

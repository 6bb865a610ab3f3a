import { v5 as nameUuid } from 'uuid'
import { AttachmentDraft, DossierSection, INTEL_CHANNELS, type Attachment, type IntelChannel } from '#shared/schemas'
import { checkSectionContent } from '#shared/domain/dossier'
import { toFieldErrors } from '#shared/schemas/formErrors'
import type { AtlasDb } from '../db'
import { ConflictError, RecordNotFoundError, ValidationError } from '../errors'
import { nextRevision, type RepositoryDeps } from '../repositories/entityRepository'
import { journalClear, journalRead } from './unsavedJournal'

/** What the editor holds: the stored revision it loaded (or last saved) and that content, as JSON. */
export type SectionBase = { updatedAt: number; contentJson: string }

/** A section's content as the editor compares it: stored JSON, `null` for a section never written. */
export const contentJsonOf = (content: unknown): string => JSON.stringify(content ?? null)

export type DossierRepository = {
  /** Creates the missing channel sections of an account (one per channel, never two). Returns how many it added. */
  ensureSections(accountId: string): Promise<number>
  /**
   * Stores a section's editor state and its plain text; returns the new revision. Refuses content the
   * editor could not open again, and (ConflictError, nothing written) content based on `base` when the
   * stored content has been changed since by another window.
   */
  saveContent(id: string, content: Record<string, unknown>, plainText: string, base?: SectionBase): Promise<number>
  setCollapsed(id: string, collapsed: boolean): Promise<void>
  /** Sets `order` of the account's sections to their position in `ids`. */
  setOrder(ids: readonly string[]): Promise<void>
  /** Replaces a (damaged) section's content with an empty one. Works on rows that fail the schema. */
  resetSection(id: string): Promise<void>
  /**
   * Replays safety copies of saves that may not have reached the database (window closed mid-save):
   * a copy newer than the stored row is written. Returns the ids of the sections it restored.
   */
  recoverUnsaved(accountId: string): Promise<string[]>
  /** Validates and stores a photo; throws ValidationError (byteLength: tooLarge) above the attachment size cap. */
  addAttachment(draft: unknown): Promise<Attachment>
}


const MAX_PLAIN_TEXT = 1_000_000

const SECTION_NAMESPACE = '5f0c8c8e-3d1a-4a57-9a51-2f6f3b1c7e20'

/**
 * A channel section's id follows from its account and channel, so two reps of a shared account who
 * both open a dossier that has no sections yet (one of them offline) make the same six rows, not twelve.
 */
export const sectionIdFor = (accountId: string, channel: IntelChannel): string => nameUuid(`${accountId}/${channel}`, SECTION_NAMESPACE)

export function createDossierRepository(db: AtlasDb, deps: RepositoryDeps = {}): DossierRepository {
  const now = deps.now ?? (() => Date.now())
  const uuid = deps.uuid ?? (() => globalThis.crypto.randomUUID())
  const table = db.dossierSections

  async function change(id: string, changes: Partial<DossierSection>): Promise<void> {
    const count = await table.update(id, { ...changes, updatedAt: now() })
    if (count === 0 && (await table.get(id)) === undefined) throw new RecordNotFoundError(table.name, id)
  }

  return {
    ensureSections(accountId) {
      return db.transaction('rw', table, async () => {
        const rows: unknown[] = await table.where('accountId').equals(accountId).toArray()
        const present = new Set<string>()
        let maxOrder = -1
        for (const row of rows) {
          const r = row as { channel?: unknown; order?: unknown }
          if (typeof r.channel === 'string') present.add(r.channel)
          if (typeof r.order === 'number') maxOrder = Math.max(maxOrder, r.order)
        }
        const missing = INTEL_CHANNELS.filter((c) => !present.has(c))
        const timestamp = now()
        for (const channel of missing) {
          const record = DossierSection.parse({
            id: sectionIdFor(accountId, channel),
            createdAt: timestamp,
            updatedAt: timestamp,
            deletedAt: null,
            accountId,
            channel,
            order: rows.length === 0 ? INTEL_CHANNELS.indexOf(channel) : ++maxOrder,
            collapsed: false,
            content: null,
            plainText: ''
          })
          await table.add(record)
        }
        return missing.length
      })
    },

    async saveContent(id, content, plainText, base) {
      const check = checkSectionContent(content)
      if (!check.ok) throw new ValidationError({ content: { key: 'validation.invalid' } })
      if (plainText.length > MAX_PLAIN_TEXT) throw new ValidationError({ plainText: { key: 'validation.tooLong' } })
      // Started in this same task (the transaction opens synchronously), so a flush while the page unloads is issued.
      return db.transaction('rw', table, async () => {
        const stored = (await table.get(id)) as Partial<DossierSection> | undefined
        if (stored === undefined) throw new RecordNotFoundError(table.name, id)
        // A section's revision is its updatedAt, but collapsing or moving it also sets that: only a change
        // of the content itself since `base` is someone else's text to protect.
        if (base && stored.updatedAt !== base.updatedAt && contentJsonOf(stored.content) !== base.contentJson) {
          throw new ConflictError(table.name, id, stored)
        }
        const updatedAt = nextRevision(now(), stored.updatedAt)
        await table.update(id, { content, plainText, updatedAt })
        return updatedAt
      })
    },

    setCollapsed(id, collapsed) {
      return change(id, { collapsed })
    },

    setOrder(ids) {
      return db.transaction('rw', table, async () => {
        const timestamp = now()
        for (const [order, id] of ids.entries()) await table.update(id, { order, updatedAt: timestamp })
      })
    },

    resetSection(id) {
      return change(id, { content: null, plainText: '' })
    },

    async recoverUnsaved(accountId) {
      const rows: unknown[] = await table.where('accountId').equals(accountId).toArray()
      const restored: string[] = []
      for (const row of rows) {
        const { id, updatedAt } = row as { id?: unknown; updatedAt?: unknown }
        if (typeof id !== 'string') continue
        const entry = journalRead(id)
        if (!entry) continue
        if (typeof updatedAt === 'number' && updatedAt >= entry.at) {
          journalClear(id, entry.at)
          continue
        }
        if (!checkSectionContent(entry.content).ok) {
          journalClear(id, entry.at)
          continue
        }
        await change(id, { content: entry.content, plainText: entry.plainText })
        journalClear(id, entry.at)
        restored.push(id)
      }
      return restored
    },

    async addAttachment(draft) {
      const parsed = AttachmentDraft.safeParse(draft)
      if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error))
      const timestamp = now()
      const record: Attachment = { ...parsed.data, id: uuid(), createdAt: timestamp, updatedAt: timestamp, deletedAt: null }
      await db.attachments.add(record)
      return record
    }
  }
}


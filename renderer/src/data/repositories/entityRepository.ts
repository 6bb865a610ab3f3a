import type { Table, UpdateSpec } from 'dexie'
import type { z } from 'zod'
import type { RecordMeta } from '#shared/schemas'
import { toFieldErrors } from '#shared/schemas/formErrors'
import { ConflictError, InvalidStoredRecordError, RecordNotFoundError, ValidationError } from '../errors'
import { readOne } from '../read'

/** Injectable clock and id source, so tests can control timestamps and ids. */
export type RepositoryDeps = {
  now?: () => number
  uuid?: () => string
}

/** What a save was based on: the `updatedAt` of the stored record the form was loaded from. */
export type UpdateOptions = { basedOn?: number }

/** The user-editable part of a record: everything except id, timestamps and the tombstone. */
export type DraftOf<T extends RecordMeta> = Omit<T, keyof RecordMeta>

/**
 * The only way to write an entity. Drafts arrive as `unknown` (straight from a form or an import) and
 * are validated with the entity's draft schema; on failure a ValidationError carries per-field i18n keys
 * and nothing is written.
 */
export interface EntityRepository<T extends RecordMeta> {
  /** Validates the draft, gives it a new uuid and timestamps, stores it and returns the stored record. */
  create(draft: unknown): Promise<T>
  /**
   * Replaces the editable fields with the validated draft; keeps id, createdAt and deletedAt, sets
   * updatedAt to now. Throws RecordNotFoundError when no row has this id, and ConflictError (writing
   * nothing) when `basedOn` is given and the stored record has been saved since.
   */
  update(id: string, draft: unknown, options?: UpdateOptions): Promise<T>
  /** Sets the deletedAt tombstone (and updatedAt); the row stays in the table. Idempotent. */
  softDelete(id: string): Promise<void>
  /** Clears the deletedAt tombstone (and sets updatedAt). Idempotent. */
  restore(id: string): Promise<void>
  /**
   * The validated record, including a soft-deleted one (check `deletedAt`); undefined when absent.
   * Throws InvalidStoredRecordError when the stored row fails its schema.
   */
  get(id: string): Promise<T | undefined>
}

const defaultNow = (): number => Date.now()

/** A new revision: now, but always past the stored one, so two writes in one millisecond (or after the clock went back) still differ. */
export function nextRevision(now: number, stored: unknown): number {
  return typeof stored === 'number' && stored >= now ? stored + 1 : now
}
const defaultUuid = (): string => globalThis.crypto.randomUUID()

/**
 * Builds a repository for one table. `draftSchema` validates what the user edits (its errors become
 * field errors); `fullSchema` validates the complete record before it is written, so a row written
 * through a repository always reads back valid.
 */
export function createEntityRepository<T extends RecordMeta>(
  // The insert type differs per table (EntityTable makes `id` optional); writes here always carry a full T.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: Table<T, string, any>,
  draftSchema: z.ZodType<DraftOf<T>>,
  fullSchema: z.ZodType<T>,
  deps: RepositoryDeps = {},
  /** Fields the repository keeps rather than the form (e.g. a history), from the stored row and the new one. */
  derive: (next: T, previous: T | undefined) => T = (next) => next
): EntityRepository<T> {
  const now = deps.now ?? defaultNow
  const uuid = deps.uuid ?? defaultUuid
  const tableName = table.name

  function parseDraft(draft: unknown): DraftOf<T> {
    const parsed = draftSchema.safeParse(draft)
    if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error))
    return parsed.data
  }

  function parseRecord(record: unknown): T {
    const parsed = fullSchema.safeParse(record)
    if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error))
    return parsed.data
  }

  function rw<R>(work: () => Promise<R>): Promise<R> {
    return table.db.transaction('rw', table, work)
  }

  async function setDeleted(id: string, deleted: boolean): Promise<void> {
    await rw(async () => {
      // Works on the raw row, so a corrupt record can still be deleted or restored.
      const existing: unknown = await table.get(id)
      if (existing === undefined) throw new RecordNotFoundError(tableName, id)
      const current = (existing as { deletedAt?: unknown }).deletedAt ?? null
      if ((current !== null) === deleted) return
      const timestamp = nextRevision(now(), (existing as { updatedAt?: unknown }).updatedAt)
      const changes = { deletedAt: deleted ? timestamp : null, updatedAt: timestamp }
      await table.update(id, changes as unknown as UpdateSpec<T>)
    })
  }

  return {
    async create(draft) {
      const data = parseDraft(draft)
      const timestamp = now()
      const record = derive(parseRecord({ ...data, id: uuid(), createdAt: timestamp, updatedAt: timestamp, deletedAt: null }), undefined)
      await table.add(record)
      return record
    },

    async update(id, draft, options = {}) {
      const data = parseDraft(draft)
      return rw(async () => {
        const existing: unknown = await table.get(id)
        if (existing === undefined) throw new RecordNotFoundError(tableName, id)
        const meta = existing as Partial<RecordMeta>
        const previous = fullSchema.safeParse(existing)
        // The revision is `updatedAt`: every write through the data layer sets it, and nextRevision makes
        // each write's value differ from the one before, so "unchanged since the form loaded" is exactly
        // "same updatedAt". A separate `rev` field would need a schema version and a backfill for the same
        // guarantee. Compared inside this transaction, so no other save can land between check and write.
        if (options.basedOn !== undefined && meta.updatedAt !== options.basedOn) {
          throw new ConflictError(tableName, id, previous.success ? previous.data : existing)
        }
        // If the stored metadata itself is corrupt, the full-schema check below refuses the write.
        const record = derive(
          parseRecord({
            ...data,
            id,
            createdAt: meta.createdAt,
            updatedAt: nextRevision(now(), meta.updatedAt),
            deletedAt: meta.deletedAt ?? null
          }),
          previous.success ? previous.data : undefined
        )
        await table.put(record)
        return record
      })
    },

    softDelete(id) {
      return setDeleted(id, true)
    },

    restore(id) {
      return setDeleted(id, false)
    },

    async get(id) {
      const row: unknown = await table.get(id)
      if (row === undefined) return undefined
      const result = readOne(row, fullSchema, tableName)
      if ('invalid' in result) throw new InvalidStoredRecordError(result.invalid)
      return result.item
    }
  }
}

import type { MessageKey } from '#shared/i18n/translate'
import type { FieldError } from '#shared/schemas/formErrors'

/** A stored row that does not match its schema. Reported to the UI; the row is never deleted. */
export type InvalidRecord = {
  table: string
  id: string
  message: string
}

/** A draft failed validation; nothing was written. `fieldErrors` is keyed by dotted field path. */
export class ValidationError extends Error {
  readonly fieldErrors: Record<string, FieldError>

  constructor(fieldErrors: Record<string, FieldError>) {
    super(`Validation failed: ${Object.keys(fieldErrors).join(', ') || '(record)'}`)
    this.name = 'ValidationError'
    this.fieldErrors = fieldErrors
  }
}

/** No row with this id exists in the table. */
export class RecordNotFoundError extends Error {
  readonly table: string
  readonly id: string

  constructor(table: string, id: string) {
    super(`No record ${id} in ${table}`)
    this.name = 'RecordNotFoundError'
    this.table = table
    this.id = id
  }
}

/** The row exists but fails its schema, so it cannot be returned as a typed record. */
export class InvalidStoredRecordError extends Error {
  readonly record: InvalidRecord

  constructor(record: InvalidRecord) {
    super(`Stored record ${record.id} in ${record.table} is invalid: ${record.message}`)
    this.name = 'InvalidStoredRecordError'
    this.record = record
  }
}

/**
 * The record was saved elsewhere (another window, tab or view) since the revision this save was based on;
 * nothing was written. `current` is the stored row now, so a form can offer to reload it.
 */
export class ConflictError extends Error {
  readonly table: string
  readonly id: string
  readonly current: unknown
  constructor(table: string, id: string, current: unknown) {
    super(`Record ${id} in ${table} changed since it was loaded`)
    this.name = 'ConflictError'
    this.table = table
    this.id = id
    this.current = current
  }
}

/** The database was written by a newer version of the app: it is open read-only and nothing is written. */
export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('The database is from a newer version of Account Atlas and is open read-only')
    this.name = 'ReadOnlyDatabaseError'
  }
}

/**
 * A shared account this copy may no longer change: a colleague's newer Account Atlas wrote its team
 * document (this build could lose what it added), or the rep was removed from it (their copy is kept).
 */
export class ReadOnlyAccountError extends Error {
  constructor(readonly reason: 'newerClient' | 'removed') {
    super(`The shared account is read-only here (${reason})`)
    this.name = 'ReadOnlyAccountError'
  }
}

/** What went wrong, as a sentence for the rep: a field's problem in words, never an internal path or class name. */
/**
 * The engine ran out of room (the disk, or the origin's quota): IndexedDB aborted the whole transaction,
 * so nothing was half-written. Dexie passes the DOMException on as its own error or as its `inner`.
 */
function isDiskFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true
  }
  return false
}

export function errorMessage(t: (key: MessageKey, params?: Record<string, string | number>) => string, error: unknown): string {
  if (error instanceof ValidationError) {
    const first = Object.values(error.fieldErrors)[0]
    return t('error.invalidData', { reason: first ? t(first.key, first.params) : t('validation.invalid') })
  }
  if (error instanceof RecordNotFoundError) return t('error.notFound')
  if (error instanceof InvalidStoredRecordError) return t('error.damagedRecord')
  if (error instanceof ConflictError) return t('safety.conflict.message')
  if (error instanceof ReadOnlyDatabaseError) return t('safety.readOnly.refused')
  if (error instanceof ReadOnlyAccountError) return t(error.reason === 'removed' ? 'team.readOnly.refused.removed' : 'team.readOnly.refused.newerClient')
  if (isDiskFull(error)) return t('safety.diskFull')
  return error instanceof Error && error.message ? error.message : String(error)
}

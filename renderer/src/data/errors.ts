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

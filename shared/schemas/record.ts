import { cleanLine } from './cleanText'
import { z } from './zod'

// Every stored record carries a random UUID, timestamps and a soft-delete tombstone, so that sharing,
// merging and a later team sync never depend on local auto-increment keys.
export const RecordMeta = z.object({
  id: z.uuid(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  deletedAt: z.number().int().nonnegative().nullable()
})
export type RecordMeta = z.infer<typeof RecordMeta>

export const MAX_NAME = 120
export const MAX_SHORT_TEXT = 200
export const MAX_LONG_TEXT = 5000

/** Error codes are i18n keys under `validation.*`, so the UI can show a translated message. */
export const requiredName = z
  .string()
  .overwrite(cleanLine)
  .trim()
  .min(1, { message: 'required' })
  .max(MAX_NAME, { message: 'tooLong' })
export const shortText = z.string().overwrite(cleanLine).trim().max(MAX_SHORT_TEXT, { message: 'tooLong' })
export const longText = z.string().trim().max(MAX_LONG_TEXT, { message: 'tooLong' })
export const accountRef = z.uuid()

export function newRecordMeta(now: number, id: string): RecordMeta {
  return { id, createdAt: now, updatedAt: now, deletedAt: null }
}

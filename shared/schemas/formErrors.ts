import type { z } from 'zod'

/**
 * Turns zod validation issues into i18n keys a form can show beside each field.
 *
 * The entity schemas use short codes as their error messages ('required', 'tooLong', ...); each code
 * has a `validation.<code>` message in shared/i18n. Anything else (a zod default message, an enum
 * mismatch, a bad uuid) becomes 'validation.invalid' so the UI never shows raw zod text.
 */
export const FIELD_ERROR_CODES = ['required', 'tooLong', 'negative', 'notNumber', 'notInteger', 'tooLarge', 'tooSmall', 'invalidTime'] as const
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

export type FieldErrorKey = `validation.${FieldErrorCode}` | 'validation.invalid'

export type FieldError = {
  key: FieldErrorKey
  params?: Record<string, number | string>
}

/** Path of an issue as a dotted string: ['financial', 'currentRatio'] → 'financial.currentRatio'; root → ''. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'symbol' ? (segment.description ?? '') : String(segment))).join('.')
}

function isKnownCode(message: string): message is FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly string[]).includes(message)
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (!isKnownCode(issue.message)) return { key: 'validation.invalid' }
  const key = `validation.${issue.message}` as const
  if (issue.message === 'tooLong' && issue.code === 'too_big') {
    return { key, params: { max: Number(issue.maximum) } }
  }
  return { key }
}

/** One error per field, keyed by dotted path; the first issue zod reports for a path wins. */
export function toFieldErrors(error: z.ZodError): Record<string, FieldError> {
  const result: Record<string, FieldError> = {}
  for (const issue of error.issues) {
    const path = issuePath(issue.path)
    if (Object.hasOwn(result, path)) continue
    result[path] = toFieldError(issue)
  }
  return result
}

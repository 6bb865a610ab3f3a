import { describe, expect, it } from 'vitest'
import { z } from './zod'
import { AccountDraft, emptyAccountDraft } from './account'
import { MAX_NAME } from './record'
import { toFieldErrors } from './formErrors'

function errorsOf(draft: unknown) {
  const parsed = AccountDraft.safeParse(draft)
  if (parsed.success) throw new Error('expected the draft to be invalid')
  return toFieldErrors(parsed.error)
}

describe('toFieldErrors', () => {
  it('maps an empty name to validation.required', () => {
    const errors = errorsOf({ ...emptyAccountDraft(), name: '   ' })
    expect(errors).toEqual({ name: { key: 'validation.required' } })
  })

  it('maps a 10,000-character name to validation.tooLong with the maximum', () => {
    const errors = errorsOf({ ...emptyAccountDraft(), name: 'x'.repeat(10_000) })
    expect(errors).toEqual({ name: { key: 'validation.tooLong', params: { max: MAX_NAME } } })
    expect(errors.name?.params?.max).toBe(120)
  })

  it('maps negative employees to validation.negative', () => {
    const errors = errorsOf({ ...emptyAccountDraft(), name: 'Acme', employees: -5 })
    expect(errors).toEqual({ employees: { key: 'validation.negative' } })
  })

  it('maps non-integer and too-large numbers', () => {
    expect(errorsOf({ ...emptyAccountDraft(), name: 'Acme', employees: 1.5 }).employees).toEqual({
      key: 'validation.notInteger'
    })
    expect(errorsOf({ ...emptyAccountDraft(), name: 'Acme', employees: 1e9 }).employees).toEqual({
      key: 'validation.tooLarge'
    })
  })

  it('keys nested fields by dotted path', () => {
    const errors = errorsOf({
      ...emptyAccountDraft(),
      name: 'Acme',
      financial: { currentRatio: -1, netMarginPct: null, returnOnAssetsPct: null, collectionDays: null, inventoryDays: null }
    })
    expect(errors).toEqual({ 'financial.currentRatio': { key: 'validation.negative' } })
  })

  it('reports several fields at once', () => {
    const errors = errorsOf({ ...emptyAccountDraft(), name: '', employees: -5, industry: 'i'.repeat(201) })
    expect(Object.keys(errors).sort()).toEqual(['employees', 'industry', 'name'])
    expect(errors.industry).toEqual({ key: 'validation.tooLong', params: { max: 200 } })
  })

  it('maps unknown messages (enum mismatch, zod defaults) to validation.invalid', () => {
    const errors = errorsOf({ ...emptyAccountDraft(), name: 'Acme', classification: 'nonsense' })
    expect(errors).toEqual({ classification: { key: 'validation.invalid' } })
  })

  it('keeps the first issue per path', () => {
    const schema = z.object({
      code: z.string().min(3, { message: 'required' }).regex(/^\d+$/, { message: 'notNumber' })
    })
    const parsed = schema.safeParse({ code: 'a' })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues.length).toBe(2)
    expect(toFieldErrors(parsed.error)).toEqual({ code: { key: 'validation.required' } })
  })
})

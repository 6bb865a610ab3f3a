import { describe, expect, it } from 'vitest'
import { AccountDraft, emptyAccountDraft } from '../schemas/account'
import { fromFormValues, parseNumberText, toFormValues } from './accountFormValues'

describe('account form values', () => {
  it('round-trips a full draft', () => {
    const draft = {
      ...emptyAccountDraft(),
      name: '华东精密机械有限公司',
      employees: 1200,
      annualRevenue: 35000.5,
      financial: { currentRatio: 1.4, netMarginPct: -2, returnOnAssetsPct: null, collectionDays: 90, inventoryDays: null }
    }
    expect(fromFormValues(toFormValues(draft))).toEqual(draft)
  })

  it('keeps financial health empty when no figure is entered', () => {
    expect(fromFormValues(toFormValues(emptyAccountDraft())).financial).toBeNull()
  })

  it('parses thousands separators, including the Chinese comma', () => {
    expect(parseNumberText('1,200')).toBe(1200)
    expect(parseNumberText('3，500')).toBe(3500)
    expect(parseNumberText(' ')).toBeNull()
  })

  it('turns text that is not a number into a validation error, not a silent zero', () => {
    const values = { ...toFormValues(), name: 'X', employees: '十二' }
    const result = AccountDraft.safeParse(fromFormValues(values))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['employees'])
  })

  it('rejects a negative employee count', () => {
    const result = AccountDraft.safeParse(fromFormValues({ ...toFormValues(), name: 'X', employees: '-5' }))
    expect(result.error?.issues[0]?.message).toBe('negative')
  })
})

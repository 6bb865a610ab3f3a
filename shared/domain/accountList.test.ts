import { describe, expect, it } from 'vitest'
import { emptyAccountDraft, type Account, type AccountDraft } from '../schemas/account'
import { defaultAccountListQuery, isFiltered, queryAccounts } from './accountList'

let n = 0
const account = (draft: Partial<AccountDraft>, updatedAt: number): Account => ({
  ...emptyAccountDraft(),
  ...draft,
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  createdAt: 0,
  updatedAt,
  deletedAt: null
})

const list = [
  account({ name: '华东精密机械有限公司', industry: '机床', classification: 'target', positioning: 'medium', stage: 'negotiate' }, 3),
  account({ name: 'Apex Bearings', industry: 'Bearings', classification: 'watch', positioning: 'short', stage: 'discover' }, 5),
  account({ name: '北方重工集团', industry: '重型机械', classification: 'target', positioning: 'long', stage: 'verifyNeeds' }, 1)
]
const names = (accounts: Account[]) => accounts.map((a) => a.name)

describe('queryAccounts', () => {
  it('sorts by most recently updated by default', () => {
    expect(names(queryAccounts(list, defaultAccountListQuery(), 'en'))).toEqual(['Apex Bearings', '华东精密机械有限公司', '北方重工集团'])
  })

  it('filters by a Chinese substring of the name', () => {
    expect(names(queryAccounts(list, { ...defaultAccountListQuery(), text: '精密' }, 'zh-CN'))).toEqual(['华东精密机械有限公司'])
  })

  it('filters by name case-insensitively and by industry', () => {
    expect(names(queryAccounts(list, { ...defaultAccountListQuery(), text: 'apex' }, 'en'))).toEqual(['Apex Bearings'])
    expect(names(queryAccounts(list, { ...defaultAccountListQuery(), text: '重型' }, 'zh-CN'))).toEqual(['北方重工集团'])
  })

  it('combines classification, positioning and stage filters', () => {
    const q = { ...defaultAccountListQuery(), classification: 'target' as const }
    expect(names(queryAccounts(list, q, 'en'))).toHaveLength(2)
    expect(names(queryAccounts(list, { ...q, positioning: 'long' }, 'en'))).toEqual(['北方重工集团'])
    expect(names(queryAccounts(list, { ...q, stage: 'discover' }, 'en'))).toEqual([])
  })

  it('sorts by pipeline stage, furthest first', () => {
    expect(names(queryAccounts(list, { ...defaultAccountListQuery(), sort: 'stage' }, 'en'))).toEqual(['华东精密机械有限公司', '北方重工集团', 'Apex Bearings'])
  })

  it('knows when a filter is active', () => {
    expect(isFiltered(defaultAccountListQuery())).toBe(false)
    expect(isFiltered({ ...defaultAccountListQuery(), text: '  ' })).toBe(false)
    expect(isFiltered({ ...defaultAccountListQuery(), stage: 'deliver' })).toBe(true)
  })
})

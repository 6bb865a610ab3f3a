import { describe, expect, it } from 'vitest'
import { emptyAccountDraft, type Account, type AccountDraft } from '../schemas/account'
import type { VisitLike } from './cadence'
import { defaultAccountListQuery, isFiltered, needsVisits, queryAccounts, type AccountListQuery } from './accountList'

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
  it('sorts by the latest activity by default (the account itself when nothing under it changed)', () => {
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
    expect(isFiltered({ ...defaultAccountListQuery(), due: 'overdue' })).toBe(true)
    expect(isFiltered({ ...defaultAccountListQuery(), lastContact: 'never' })).toBe(true)
    expect(isFiltered({ ...defaultAccountListQuery(), sort: 'due' })).toBe(false)
  })
})

// Tuesday 10 March 2026, noon local time; visits are stored at local noon of their day.
const NOW = new Date(2026, 2, 10, 12).getTime()
const daysAgo = (days: number) => new Date(2026, 2, 10 - days, 12).getTime()
const done = (days: number): VisitLike => ({ date: daysAgo(days), status: 'done', deletedAt: null })

describe('queryAccounts with visits and last activity', () => {
  // weekly: last seen 9 days ago → 2 days overdue. fortnightly (default cadence): seen 10 days ago → due in 4 days.
  // monthly override: seen 40 days ago → 10 days overdue. planOnly: only a plan, never contacted. fresh: seen today.
  const weekly = account({ name: 'Weekly', positioning: 'short' }, 10)
  const fortnightly = account({ name: 'Fortnightly' }, 20)
  const monthly = account({ name: 'Monthly', orgGrade: 'A', cadenceOverrideDays: 30 }, 30)
  const planOnly = account({ name: 'Plan only', positioning: 'short' }, 40)
  const fresh = account({ name: 'Fresh', buyerGrade: 'C' }, 50)
  const accounts = [weekly, fortnightly, monthly, planOnly, fresh]
  const facts = {
    now: NOW,
    visits: new Map<string, VisitLike[]>([
      [weekly.id, [done(9), done(20)]],
      [fortnightly.id, [done(10), { date: daysAgo(-3), status: 'planned', deletedAt: null }]],
      [monthly.id, [done(40), { ...done(2), deletedAt: 1 }]],
      [planOnly.id, [{ date: daysAgo(-1), status: 'planned', deletedAt: null }]],
      [fresh.id, [done(0)]]
    ]),
    lastActivity: new Map([[fortnightly.id, 99], [weekly.id, 5]])
  }
  const run = (q: Partial<AccountListQuery>) => names(queryAccounts(accounts, { ...defaultAccountListQuery(), ...q }, 'en', facts))

  it("sorts by last activity: a newer record under an account counts, an older one doesn't lower it", () => {
    expect(run({})).toEqual(['Fortnightly', 'Fresh', 'Plan only', 'Monthly', 'Weekly'])
  })

  it("filters overdue and due this week by each account's own cadence", () => {
    expect(run({ due: 'overdue' })).toEqual(['Monthly', 'Weekly'])
    expect(run({ due: 'thisWeek' })).toEqual(['Fortnightly'])
    expect(run({ due: 'noVisits' })).toEqual(['Plan only'])
  })

  it('sorts by when the next visit is due, most overdue first, never visited last', () => {
    expect(run({ sort: 'due' })).toEqual(['Monthly', 'Weekly', 'Fortnightly', 'Fresh', 'Plan only'])
  })

  it('sorts and filters by last contact; a plan or a deleted visit is no contact', () => {
    expect(run({ sort: 'lastContact' })).toEqual(['Plan only', 'Monthly', 'Fortnightly', 'Weekly', 'Fresh'])
    expect(run({ lastContact: 'withinWeek' })).toEqual(['Fresh'])
    expect(run({ lastContact: 'withinMonth', sort: 'name' })).toEqual(['Fortnightly', 'Fresh', 'Weekly'])
    expect(run({ lastContact: 'overMonth' })).toEqual(['Monthly'])
    expect(run({ lastContact: 'never' })).toEqual(['Plan only'])
  })

  it('knows which queries need the visits', () => {
    expect(needsVisits(defaultAccountListQuery())).toBe(false)
    expect(needsVisits({ ...defaultAccountListQuery(), sort: 'lastContact' })).toBe(true)
    expect(needsVisits({ ...defaultAccountListQuery(), due: 'thisWeek' })).toBe(true)
  })
})

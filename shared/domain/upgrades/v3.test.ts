import { describe, expect, it } from 'vitest'
import { Account, Competitor, Objection, Visit } from '#shared/schemas'
import { upgradeAccountRow, upgradeCompetitorRow, upgradeObjectionRow, upgradeVisitRow } from './v3'

const meta = { id: '5b0c5b8e-6f1d-4a8e-9a51-1f2f3c4d5e6f', createdAt: 1_700_000_000_000, updatedAt: 1_710_000_000_000, deletedAt: null }
const accountId = '0d6b1f7e-2c3a-4b5c-8d9e-0f1a2b3c4d5e'
const now = Date.UTC(2026, 11, 1, 9)

describe('v3 row upgrades', () => {
  const v2Visit = { ...meta, accountId, date: Date.UTC(2026, 10, 20, 4), objective: '了解新产线', outcome: '', nextReason: '', attendeeIds: [] }

  it('makes a past visit a done "visit" and a future one without outcome a plan', () => {
    const past = upgradeVisitRow(v2Visit, now)
    expect(Visit.parse(past)).toMatchObject({ kind: 'visit', status: 'done', time: null, questions: [], tasks: [], objective: '了解新产线' })
    const future = upgradeVisitRow({ ...v2Visit, date: now + 86_400_000 }, now)
    expect(Visit.parse(future).status).toBe('planned')
    const futureWithOutcome = upgradeVisitRow({ ...v2Visit, date: now + 86_400_000, outcome: '已报价' }, now)
    expect(Visit.parse(futureWithOutcome).status).toBe('done')
  })

  it('leaves a v3 visit as it is', () => {
    const v3 = { ...v2Visit, kind: 'plantTour', status: 'planned', time: '09:30', questions: [], tasks: [] }
    expect(upgradeVisitRow(v3, now)).toEqual(v3)
  })

  it('moves the old brand field into the supplier name', () => {
    const row = upgradeCompetitorRow({ ...meta, accountId, brand: '舍弗勒', products: '深沟球轴承', priceLevel: '高', terms: '月结60天', yearsWithAccount: 5, weaknesses: '交期长' })
    const competitor = Competitor.parse(row)
    expect(competitor).toMatchObject({ supplier: '舍弗勒', brands: '', sharePct: null, yearsWithAccount: 5 })
    expect('brand' in (row as object)).toBe(false)
  })

  it('starts the stage history with the current stage at creation', () => {
    const row = upgradeAccountRow({ ...meta, name: '华东精密机械', stage: 'negotiate' })
    expect(row).toMatchObject({ buyerGrade: null, cadenceOverrideDays: null, stageHistory: [{ stage: 'negotiate', at: meta.createdAt }] })
  })

  it('dates a resolved objection at its last edit and keeps who raised it', () => {
    const raisedById = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'
    const row = upgradeObjectionRow({ ...meta, accountId, content: 'price', nature: 'genuine', text: '太贵了', response: '', handling: null, status: 'resolved', raisedById })
    expect(Objection.parse(row)).toMatchObject({ raisedById, visitId: null, resolvedAt: meta.updatedAt })
    expect(upgradeObjectionRow({ ...(row as object), status: 'open' })).toMatchObject({ resolvedAt: meta.updatedAt })
  })

  it('passes through what is not a row, so the schema reports it', () => {
    expect(upgradeVisitRow(42, now)).toBe(42)
    expect(upgradeAccountRow(null)).toBe(null)
    expect(() => Account.parse(upgradeAccountRow('x'))).toThrow()
  })
})

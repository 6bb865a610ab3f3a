import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { Account, Competitor, Objection, Visit } from '#shared/schemas'
import { AtlasDb } from '../db'
import { applyMigrations, latestVersion, migrations } from '.'
import { v1 } from './v1'
import { v2 } from './v2'
import { v3 } from './v3'

const ACCOUNT_ID = '11111111-2222-4333-8444-555555555555'
const PERSON_ID = '22222222-3333-4444-8555-666666666666'
const DAY = 86_400_000
const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

const meta = (id: string, createdAt = 1_700_000_000_000) => ({ id, createdAt, updatedAt: createdAt + DAY, deletedAt: null })

/** A v2 database as the previous build wrote it: Chinese text, a past and a future visit, a deleted row. */
async function populatedV2(name: string) {
  const old = new Dexie(name)
  applyMigrations(old, [v1, v2])
  await old.open()
  await old.table('accounts').add({
    ...meta(ACCOUNT_ID), name: '华东精密机械有限公司', industry: '机床', address: '苏州工业园区', ownership: 'private', employees: 800,
    annualRevenue: null, productLines: '', productionTechnology: '', informationSource: '展会', creditNotes: '', projectInfo: '',
    responsibleDepartment: '采购部', responsiblePerson: '王经理', responsiblePhone: '0512-1234 转 8', classification: 'target',
    positioning: 'medium', orgGrade: 'A', pyramidTier: 'major', stage: 'verifyNeeds', qualification: {
      productFitsIndustry: true, projectKnown: false, technologyMatches: true, goodCredit: true, healthyOperations: true,
      talksToUsingDepartment: true, talksToDecisionMaker: false, needConfirmed: true
    }, financial: null
  })
  const visit = { accountId: ACCOUNT_ID, objective: '确认新产线轴承选型', outcome: '', nextReason: '', attendeeIds: [PERSON_ID] }
  await old.table('visits').bulkAdd([
    { ...meta('a0000000-0000-4000-8000-000000000001'), ...visit, date: Date.now() - 10 * DAY, outcome: '拿到图纸' },
    { ...meta('a0000000-0000-4000-8000-000000000002'), ...visit, date: Date.now() + 5 * DAY },
    { ...meta('a0000000-0000-4000-8000-000000000003'), ...visit, date: Date.now() - 40 * DAY, deletedAt: 1_700_000_500_000 }
  ])
  await old.table('objections').add({
    ...meta('b0000000-0000-4000-8000-000000000001'), accountId: ACCOUNT_ID, content: 'price', nature: 'genuine',
    text: '你们比SKF贵15%', response: '算一下寿命周期成本', handling: 'compensate', status: 'resolved', raisedById: PERSON_ID
  })
  await old.table('competitors').add({
    ...meta('c0000000-0000-4000-8000-000000000001'), accountId: ACCOUNT_ID, brand: '人本集团', products: '深沟球轴承',
    priceLevel: '低', terms: '月结90天', yearsWithAccount: 6, weaknesses: '高速工况寿命短'
  })
  old.close()
}

describe('v3 schema', () => {
  it('follows v1 and v2', () => {
    expect(migrations.slice(0, 3)).toEqual([v1, v2, v3])
    expect(latestVersion()).toBeGreaterThanOrEqual(3)
  })

  it('carries every v2 record forward so that it passes the v3 schemas', async () => {
    const name = `atlas-v3-${crypto.randomUUID()}`
    names.push(name)
    await populatedV2(name)

    const db = new AtlasDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion())

    const account = Account.parse(await db.accounts.get(ACCOUNT_ID))
    expect(account).toMatchObject({ name: '华东精密机械有限公司', buyerGrade: null, cadenceOverrideDays: null, stageHistory: [{ stage: 'verifyNeeds', at: 1_700_000_000_000 }] })

    const visits = (await db.visits.orderBy('date').toArray()).map((row) => Visit.parse(row))
    expect(visits.map((v) => [v.kind, v.status, v.deletedAt !== null])).toEqual([
      ['visit', 'done', true],
      ['visit', 'done', false],
      ['visit', 'planned', false]
    ])
    expect(visits[1]).toMatchObject({ objective: '确认新产线轴承选型', outcome: '拿到图纸', attendeeIds: [PERSON_ID], time: null, questions: [], tasks: [] })
    expect(await db.visits.where('status').equals('planned').count()).toBe(1)

    const objection = Objection.parse(await db.objections.get('b0000000-0000-4000-8000-000000000001'))
    expect(objection).toMatchObject({ text: '你们比SKF贵15%', raisedById: PERSON_ID, visitId: null, resolvedAt: 1_700_000_000_000 + DAY })

    const competitor = Competitor.parse(await db.competitors.get('c0000000-0000-4000-8000-000000000001'))
    expect(competitor).toMatchObject({ supplier: '人本集团', brands: '', sharePct: null, terms: '月结90天', yearsWithAccount: 6 })

    await db.objectionAnswers.add({ ...meta('d0000000-0000-4000-8000-000000000001'), content: 'price', text: '按吨公里算总成本' })
    expect(await db.objectionAnswers.where('content').equals('price').count()).toBe(1)
    db.close()
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { freshDb } from '../testSupport'
import type { AtlasDb } from '../db'
import { readAccountRecords } from './accountRecords'
import { objection, stakeholders, visit } from '#shared/domain/brief/briefFixture'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

describe('readAccountRecords', () => {
  it("returns the account's live rows, leaves out deleted ones and other accounts, and reports broken rows", async () => {
    db = freshDb()
    const accountId = stakeholders[0]!.accountId
    await db.stakeholders.bulkAdd(stakeholders)
    await db.stakeholders.add({ ...stakeholders[1]!, id: 'ffffffff-0000-4000-8000-000000000001', accountId: 'ffffffff-0000-4000-8000-000000000002' })
    await db.visits.add(visit(1, 3, '报价说明'))
    await db.objections.add(objection)
    await db.table('competitors').add({ id: 'broken', accountId, brand: 42 })

    const sources = await readAccountRecords(db, accountId)
    expect(sources.stakeholders.map((s) => s.name)).toEqual(['王建国', '李娜', '赵工'])
    expect(sources.visits.map((v) => v.objective)).toEqual(['报价说明'])
    expect(sources.objections).toHaveLength(1)
    expect(sources.competitors).toEqual([])
    expect(sources.invalid.map((r) => [r.table, r.id])).toEqual([['competitors', 'broken']])
  })
})

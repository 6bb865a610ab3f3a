import { afterEach, describe, expect, it } from 'vitest'
import { objection, stakeholders, visit } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { readAccountRecords } from './accountRecords'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

const accountId = stakeholders[0]!.accountId

describe('readAccountRecords with the tables a screen shows', () => {
  it('reads only the named tables and reports broken rows of those only', async () => {
    db = freshDb()
    await db.stakeholders.bulkAdd(stakeholders)
    await db.visits.add(visit(1, 3, '报价说明'))
    await db.objections.add(objection)
    await db.table('dossierSections').add({ id: 'broken-section', accountId, content: 42 })
    await db.table('visits').add({ id: 'broken-visit', accountId, date: 'soon' })

    const some = await readAccountRecords(db, accountId, ['stakeholders', 'visits'])
    expect(some.stakeholders.map((s) => s.name)).toEqual(['王建国', '李娜', '赵工'])
    expect(some.visits.map((v) => v.objective)).toEqual(['报价说明'])
    expect(some.objections).toEqual([])
    expect(some.invalid.map((r) => r.id)).toEqual(['broken-visit'])

    const all = await readAccountRecords(db, accountId)
    expect(all.objections).toHaveLength(1)
    expect(all.invalid.map((r) => [r.table, r.id])).toEqual([['visits', 'broken-visit'], ['dossierSections', 'broken-section']])
  })

  it('shows an edited row as edited and a row broken by a later write as broken', async () => {
    db = freshDb()
    const person = stakeholders[1]!
    await db.stakeholders.add(person)
    expect((await readAccountRecords(db, accountId, ['stakeholders'])).stakeholders.map((s) => s.title)).toEqual(['采购部长'])
    await db.stakeholders.put({ ...person, title: '副总经理', updatedAt: person.updatedAt + 1 })
    expect((await readAccountRecords(db, accountId, ['stakeholders'])).stakeholders.map((s) => s.title)).toEqual(['副总经理'])
    await db.table('stakeholders').put({ ...person, name: 42, updatedAt: person.updatedAt + 2 })
    const broken = await readAccountRecords(db, accountId, ['stakeholders'])
    expect(broken.stakeholders).toEqual([])
    expect(broken.invalid.map((r) => r.id)).toEqual([person.id])
  })
})

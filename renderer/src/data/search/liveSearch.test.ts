import { afterEach, describe, expect, it } from 'vitest'
import { toPinyin } from '#shared/domain/search/pinyinPro'
import { account, objection, person, stakeholders, visit } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { createLiveSearch, type LiveSearch } from './liveSearch'

let db: AtlasDb
let live: LiveSearch
afterEach(async () => {
  live.close()
  await db.delete()
})

async function start() {
  db = freshDb()
  await db.accounts.add(account)
  await db.stakeholders.bulkAdd(stakeholders)
  await db.visits.add(visit(1, 3, '报价说明'))
  await db.objections.add(objection)
  await db.accounts.add({ ...account, id: 'ffffffff-0000-4000-8000-00000000000a', name: '已删除的客户', deletedAt: 5 })
  live = createLiveSearch(db, toPinyin)
  await live.ready
}

const titles = async (query: string) => (await live.search(query)).map((h) => h.doc.title)

/** Resolves after the next change has reached the index. */
const changed = () => new Promise<void>((resolve) => {
  const off = live.onChange(() => (off(), resolve()))
})

describe('createLiveSearch', () => {
  it("finds a live account's records, never sensitive notes, and nothing of a deleted account", async () => {
    await start()
    expect((await live.search('采购部长')).map((h) => [h.doc.kind, h.doc.title])).toEqual([['person', '李娜']])
    expect((await live.search('报价')).map((h) => h.doc.kind)).toEqual(['visit'])
    expect((await live.search('8%')).map((h) => h.doc.kind)).toEqual(['objection'])
    expect(await titles('女儿明年高考')).toEqual([])
    expect(await titles('已删除')).toEqual([])
    expect(await titles('已删除的人')).toEqual([])
    expect(await titles('ln')).toContain('李娜')
  })

  it('takes in an edited, an added and a deleted record without building again', async () => {
    await start()
    expect(await titles('lina')).toEqual(['李娜'])
    const built = live.stats().buildMs

    let next = changed()
    await db.stakeholders.update(stakeholders[1]!.id, { name: '孙海燕' })
    await next
    expect(await titles('lina')).toEqual([])
    expect(await titles('shy')).toEqual(['孙海燕'])

    next = changed()
    await db.stakeholders.add(person(9, { name: '曾志伟' }))
    await next
    expect(await titles('zeng')).toEqual(['曾志伟'])

    next = changed()
    await db.visits.delete(visit(1, 3, '').id)
    await next
    expect(await titles('报价')).toEqual([])
    expect(live.stats()).toMatchObject({ buildMs: built, updates: 3 })
  })

  it('answers a query asked right after a write with that write', async () => {
    await start()
    await db.stakeholders.update(stakeholders[0]!.id, { title: '董事长' })
    expect(await titles('董事长')).toEqual(['王建国'])
  })

  it("drops an account's records when it is deleted and brings them back, renamed, when it is restored", async () => {
    await start()
    let next = changed()
    await db.accounts.update(account.id, { deletedAt: 5 })
    await next
    expect(await titles('王')).toEqual([])
    next = changed()
    await db.accounts.update(account.id, { deletedAt: null, name: '华东机床' })
    await next
    const [hit] = await live.search('wjg')
    expect(hit?.doc).toMatchObject({ title: '王建国', accountName: '华东机床' })
  })

  it('reads a whole table again after a bulk write Dexie reports only as a range', async () => {
    await start()
    const next = changed()
    await db.stakeholders.bulkPut(Array.from({ length: 60 }, (_, i) => person(20 + i, { name: `钱${i}号` })))
    await next
    expect(await live.search('钱', 100)).toHaveLength(60)
    expect(await titles('lina')).toEqual(['李娜'])
  })

  it('leaves out a record that no longer passes its schema', async () => {
    await start()
    const next = changed()
    await db.stakeholders.update(stakeholders[1]!.id, { name: 42 } as never)
    await next
    expect(await titles('采购部长')).toEqual([])
  })
})

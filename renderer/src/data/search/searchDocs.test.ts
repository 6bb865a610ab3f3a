import { afterEach, describe, expect, it } from 'vitest'
import { buildSearchIndex, searchDocs } from '#shared/domain/search'
import { toPinyin } from '#shared/domain/search/pinyinPro'
import { account, objection, stakeholders, visit } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { readSearchDocs } from './searchDocs'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

describe('readSearchDocs', () => {
  it("indexes a live account's records, never sensitive notes, and nothing of a deleted account", async () => {
    db = freshDb()
    await db.accounts.add(account)
    await db.stakeholders.bulkAdd(stakeholders)
    await db.visits.add(visit(1, 3, '报价说明'))
    await db.objections.add(objection)
    await db.accounts.add({ ...account, id: 'ffffffff-0000-4000-8000-00000000000a', name: '已删除的客户', deletedAt: 5 })

    const index = buildSearchIndex(await readSearchDocs(db))
    expect(searchDocs(index, '采购部长').map((h) => [h.doc.kind, h.doc.title])).toEqual([['person', '李娜']])
    expect(searchDocs(index, '报价').map((h) => h.doc.kind)).toEqual(['visit'])
    expect(searchDocs(index, '8%').map((h) => h.doc.kind)).toEqual(['objection'])
    expect(searchDocs(index, '女儿明年高考')).toEqual([])
    expect(searchDocs(index, '已删除')).toEqual([])
    expect(searchDocs(index, '已删除的人')).toEqual([])
  })

  it('finds people by the pinyin of their name once the pinyin tables are loaded', async () => {
    db = freshDb()
    await db.accounts.add(account)
    await db.stakeholders.bulkAdd(stakeholders)
    const index = buildSearchIndex(await readSearchDocs(db), toPinyin)
    expect(searchDocs(index, 'lina').map((h) => [h.doc.kind, h.doc.title])).toEqual([['person', '李娜']])
    expect(searchDocs(index, 'ln').map((h) => h.doc.title)).toContain('李娜')
  })
})

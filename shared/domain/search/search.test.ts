import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchDocs, searchTokens, type SearchDoc } from '.'

let n = 0
const doc = (title: string, text = '', kind: SearchDoc['kind'] = 'dossier'): SearchDoc => ({
  kind,
  id: String(++n),
  accountId: 'a',
  accountName: '华东精密',
  title,
  text,
  updatedAt: n
})

const docs = [
  doc('采购部长王经理', '负责轴承采购', 'person'),
  doc('门卫', '采购部的人每周一来；部长姓王'),
  doc('Purchasing', 'The procurement head is Mr. Wang'),
  doc('车间', '采购部长办公室在二楼'),
  doc('ＡＢＣ Bearings', '全角字母')
]
const index = buildSearchIndex(docs)
const titles = (query: string) => searchDocs(index, query).map((h) => h.doc.title)

describe('searchTokens', () => {
  it('cuts Chinese into overlapping pairs and keeps Latin words whole', () => {
    expect(searchTokens('采购部长 Wang')).toEqual(['采购', '购部', '部长', 'wang'])
    expect(searchTokens('王')).toEqual(['王'])
  })
})

describe('searchDocs', () => {
  it('finds exactly the documents that contain the Chinese query', () => {
    expect(titles('采购部长')).toEqual(['采购部长王经理', '车间'])
    // 采购部…部长 contains every pair of 采购部长 but not the phrase: the substring check drops it.
    expect(titles('采购部长')).not.toContain('门卫')
    expect(titles('部长王')).toEqual(['采购部长王经理'])
    expect(titles('王经理')).toEqual(['采购部长王经理'])
  })

  it('matches English words by prefix, ignoring case and full-width letters', () => {
    expect(titles('procure')).toEqual(['Purchasing'])
    expect(titles('WANG')).toEqual(['Purchasing'])
    expect(titles('abc')).toEqual(['ＡＢＣ Bearings'])
  })

  it('ranks title matches first and shows a snippet around the match', () => {
    const hits = searchDocs(index, '部长')
    expect(hits[0]?.doc.title).toBe('采购部长王经理')
    expect(hits.find((h) => h.doc.title === '门卫')?.snippet).toContain('部长姓王')
  })

  it('returns nothing for an empty query or an unknown word', () => {
    expect(searchDocs(index, '  ')).toEqual([])
    expect(searchDocs(index, '齿轮')).toEqual([])
  })
})

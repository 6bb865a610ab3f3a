import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchDocs, searchTokens, typoMatches, type SearchDoc } from '.'
import { toPinyin } from './pinyinPro'

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
  doc('ＡＢＣ Bearings', '全角字母'),
  doc('孙海燕', '设备科', 'person'),
  doc('赵国强', '总工程师', 'person'),
  doc('曾志伟', '仓库主管', 'person'),
  doc('岑小兵', '质检', 'person'),
  doc('王芳', '财务', 'person'),
  doc('陈立', '生产部', 'person'),
  doc('单雄', '采购员', 'person'),
  doc('华东精密机械', '轴承', 'account')
]
const index = buildSearchIndex(docs, toPinyin)
const titles = (query: string) => searchDocs(index, query).map((h) => h.doc.title)

describe('searchTokens', () => {
  it('indexes every Chinese character and every pair of neighbours, and Latin words whole', () => {
    expect(searchTokens('采购部 Wang')).toEqual(['采', '采购', '购', '购部', '部', 'wang'])
    expect(searchTokens('王')).toEqual(['王'])
  })
})

describe('searchDocs', () => {
  it.each([
    ['王', ['王芳', '采购部长王经理', '门卫']],
    ['陈', ['陈立']],
    ['sunhaiyan', ['孙海燕']],
    ['shy', ['孙海燕']],
    ['haiyan', ['孙海燕']],
    ['zgq', ['赵国强']],
    ['zhaoguoqiang', ['赵国强']],
    ['zeng', ['曾志伟']],
    ['ceng', []],
    ['cxb', ['岑小兵']],
    ['shanxiong', ['单雄']],
    ['wang', ['王芳', '采购部长王经理', 'Purchasing']],
    ['hdjm', ['华东精密机械']],
    ['procurment', ['Purchasing']],
    ['PROCURE', ['Purchasing']],
    ['abc', ['ＡＢＣ Bearings']],
    ['ａｂｃ', ['ＡＢＣ Bearings']],
    ['部长王', ['采购部长王经理']],
    ['齿轮', []]
  ])('%s finds %j', (query, expected) => {
    expect(titles(query)).toEqual(expected)
  })

  it('confirms a Chinese phrase as typed: 采购部长 never matches 采购部…部长', () => {
    expect(titles('采购部长')).toEqual(['采购部长王经理', '车间'])
    expect(titles('采购部长')).not.toContain('门卫')
  })

  it('needs every piece of a mixed query', () => {
    expect(titles('wang procurement')).toEqual(['Purchasing'])
    expect(titles('王 procurement')).toEqual([])
    expect(titles('sun 设备')).toEqual(['孙海燕'])
  })

  it('ranks title matches first and shows a snippet around the match, with what to highlight', () => {
    const hits = searchDocs(index, '部长')
    expect(hits[0]?.doc.title).toBe('采购部长王经理')
    expect(hits.find((h) => h.doc.title === '门卫')?.snippet).toContain('部长姓王')
    expect(hits[0]?.marks).toEqual(['部长'])
  })

  it('returns nothing for an empty query', () => {
    expect(searchDocs(index, '  ')).toEqual([])
  })
})

describe('typo tolerance', () => {
  it('allows one typo in words of five letters or more, never in short ones', () => {
    expect(typoMatches('procurment', 'procurement')).toBe(true)
    expect(typoMatches('purchsing', 'purchasing')).toBe(true)
    expect(typoMatches('baerings', 'bearings')).toBe(true)
    expect(typoMatches('wnag', 'wang')).toBe(false)
    expect(typoMatches('procurment', 'production')).toBe(false)
  })
})

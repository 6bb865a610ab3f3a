import { describe, expect, it } from 'vitest'
import { buildSearchIndex, createSearchIndex, pinyinMarks, searchDocs, searchTokens, setSources, typoMatches, type SearchDoc } from '.'
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

describe('pinyin highlighting', () => {
  it('marks the characters a pinyin or initials query matched', () => {
    expect(pinyinMarks('孙海燕', 'sunhai', toPinyin, true)).toEqual(['孙海'])
    expect(pinyinMarks('孙海燕', 'shy', toPinyin, true)).toEqual(['孙海燕'])
    expect(pinyinMarks('孙海燕', 'haiyan', toPinyin, true)).toEqual(['海燕'])
    expect(pinyinMarks('曾志伟', 'zeng', toPinyin, true)).toEqual(['曾'])
    expect(pinyinMarks('王芳', 'wang', toPinyin, true)).toEqual(['王'])
    expect(pinyinMarks('Wang Fang', 'wang', toPinyin, true)).toEqual([])
  })

  it('gives a pinyin hit its characters to mark', () => {
    expect(searchDocs(index, 'zgq')[0]?.marks).toEqual(['zgq', '赵国强'])
  })
})

describe('updating the index in place', () => {
  const person = (id: string, title: string, text = ''): SearchDoc => ({ kind: 'person', id, accountId: 'a', accountName: '华东', title, text, updatedAt: 1 })

  it("replaces a record's documents and forgets the old ones", () => {
    const live = createSearchIndex(toPinyin)
    setSources(live, [['p1', [person('1', '李娜', '采购部长')]], ['p2', [person('2', '王芳')]]])
    setSources(live, [['p1', [person('1', '孙海燕', '设备科')]]])
    expect(searchDocs(live, 'lina')).toEqual([])
    expect(searchDocs(live, '采购部长')).toEqual([])
    expect(searchDocs(live, 'shy').map((h) => h.doc.title)).toEqual(['孙海燕'])
    setSources(live, [['p2', []]])
    expect(searchDocs(live, '王')).toEqual([])
    expect(live.live).toBe(1)
  })

  it('finds the same after thousands of edits have been squeezed out of its slots', () => {
    const live = createSearchIndex(toPinyin)
    setSources(live, Array.from({ length: 50 }, (_, i) => [`p${i}`, [person(String(i), `王${i}号`, `第${i}版`)]] as const))
    for (let round = 1; round <= 60; round++) {
      setSources(live, Array.from({ length: 50 }, (_, i) => [`p${i}`, [person(String(i), `王${i}号`, `第${i + round * 100}版`)]] as const))
    }
    expect(live.entries.length).toBeLessThan(50 * 61)
    expect(searchDocs(live, '王', 100)).toHaveLength(50)
    expect(searchDocs(live, '第6049版').map((h) => h.doc.title)).toEqual(['王49号'])
    expect(searchDocs(live, '第149版')).toEqual([])
  })
})

describe('stopping early on common queries', () => {
  it('gives the same best hits as reading every match, before and after edits', () => {
    const words = ['采购', '价格', '偏高', '技术', '交流', '王', '李', 'quote', 'trial', 'bearing']
    const kinds: SearchDoc['kind'][] = ['person', 'visit', 'dossier', 'objection', 'account']
    let seed = 7
    const pick = <T,>(list: readonly T[]) => list[(seed = (seed * 48271) % 2147483647) % list.length]!
    const make = (i: number, at: number): SearchDoc => ({
      kind: pick(kinds),
      id: String(i),
      accountId: 'a',
      accountName: 'A',
      title: `${pick(words)}${pick(words)}`,
      text: `${pick(words)} ${pick(words)}${pick(words)}`,
      updatedAt: at + pick([0, 1, 2, 3])
    })
    const live = createSearchIndex(toPinyin)
    setSources(live, Array.from({ length: 3000 }, (_, i) => [`s${i}`, [make(i, i)]] as const))
    const check = () => {
      for (const query of ['采购', '价格偏高', '王', 'quote', 'tri', '技术 quote', '李采购']) {
        const all = searchDocs(live, query, Number.POSITIVE_INFINITY).map((h) => h.doc.id)
        expect(searchDocs(live, query, 10).map((h) => h.doc.id), query).toEqual(all.slice(0, 10))
      }
    }
    check()
    // Edits land after the ordered slots (newest), deletions leave gaps.
    setSources(live, Array.from({ length: 200 }, (_, i) => [`s${i * 7}`, i % 3 === 0 ? [] : [make(i * 7, 10_000 + i)]] as const))
    expect(live.ordered).toBeLessThan(live.entries.length)
    check()
  })
})

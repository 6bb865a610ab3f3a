import { test } from '@playwright/test'
import { buildSearchIndex, normalizeText, searchDocs, type SearchDoc } from '#shared/domain/search'

// 10,000 short Chinese/English documents, the size measured in ../shared/toolchain.md. Runs in Node
// (the same code the renderer runs); figures are printed, never asserted.
const TARGET_QUERY_MS = 10
const TARGET_INDEX_MS = 500
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const TITLES = ['采购部长', '采购员', '设备科长', '技术部主任', '总经理', '财务总监', '仓库保管', '车间主任']
const PHRASES = ['每周一上午在厂里', '对价格很敏感', '用的是进口轴承', '年底招标', 'prefers imported bearings', 'procurement head', '付款周期九十天']

function makeDocs(count: number): SearchDoc[] {
  let seed = 42
  const pick = <T>(list: readonly T[]) => list[((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 16) % list.length]!
  return Array.from({ length: count }, (_, i) => ({
    kind: 'dossier' as const,
    id: String(i),
    accountId: `a${i % 400}`,
    accountName: `客户${i % 400}`,
    title: `${pick([...SURNAMES])}${pick(['经理', '工', '总', '科长'])}`,
    text: `${pick(TITLES)}说${pick(PHRASES)}，${pick(PHRASES)}。${pick(TITLES)}${pick([...SURNAMES])}经理负责。`,
    updatedAt: i
  }))
}

const time = (fn: () => void, runs: number) => {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

test('search: bigram index over 10,000 documents', () => {
  const docs = makeDocs(10_000)
  let index = buildSearchIndex(docs)
  const indexMs = time(() => (index = buildSearchIndex(docs)), 5)
  console.log(`[bench search] index 10,000 docs: ${indexMs.toFixed(0)} ms (target ${TARGET_INDEX_MS} ms, ratio ${(indexMs / TARGET_INDEX_MS).toFixed(2)})`)
  for (const query of ['采购部长', '王经理', '部长王', 'procurement', '进口轴承']) {
    const expected = docs.filter((d) => normalizeText(`${d.title}\n${d.text}`).includes(normalizeText(query))).length
    const hits = searchDocs(index, query, Number.POSITIVE_INFINITY).length
    const indexed = time(() => searchDocs(index, query, 50), 20)
    const scan = time(() => docs.filter((d) => normalizeText(`${d.title}\n${d.text}`).includes(normalizeText(query))), 5)
    console.log(
      `[bench search] "${query}": ${hits}/${expected} correct, indexed ${indexed.toFixed(2)} ms (target ${TARGET_QUERY_MS} ms, ratio ${(indexed / TARGET_QUERY_MS).toFixed(2)}), full scan ${scan.toFixed(1)} ms`
    )
  }
})

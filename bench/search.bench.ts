// Issue 14's search benchmark (`npm run bench -- search`), over 100,000 searchable documents of realistic
// Chinese and English (bench/search/corpus.ts). Prints every figure with its ratio to goal; never fails
// on time, only when search gives wrong answers (a real bug).
//
// 1. The index itself, in Node (the code the search worker runs), all in this run:
//    - build: every document indexed, pinyin of every name included;
//    - query p50/p95 per class (Chinese phrase, surname, full pinyin, initials, Latin prefix, typo), four
//      queries each, 25 runs of each;
//    - the same queries by linear scan over pre-folded text (names' pinyin appended), the baseline: by
//      substring, and for a typo by comparing it with every word;
//    - MiniSearch 7.2 fed with our tokens (CJK characters and pairs, pinyin keys; prefix and fuzzy for Latin
//      words), built and asked the same queries, to choose between it and our postings by measurement;
//    - one record update: a person's title changed and re-indexed, 300 times.
// 2. The app in Chromium, seeded with the same book: the search worker's build at start-up, and, while a
//    rep types each class's first query key by key in Ctrl+K, the longest UI-thread task and the time
//    from the last key to its hits on screen; then one person edited on the map, timed from the save to
//    the index update in the worker.
import { expect, test } from '@playwright/test'
import MiniSearch from 'minisearch'
import { cpus, loadavg } from 'node:os'
import {
  createSearchIndex,
  normalizeText,
  pinyinKeys,
  searchDocs,
  searchTokens,
  setSources,
  typoMatches,
  type SearchDoc
} from '#shared/domain/search'
import { toPinyin } from '#shared/domain/search/pinyinPro'
import { queryPieces } from '#shared/domain/search/tokenize'
import { installScaleProbes, settle } from './scale/probes'
import { seedScaleBook, writeBackupFile } from './scale/seed'
import { searchCorpus, type QueryClass } from './search/corpus'

const GOAL = { p95: 30, speedup: 10, uiTask: 50, update: 5 }

test.use({ locale: 'zh-CN' })
const RUNS = 25

const pct = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!
}
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0))
const ratio = (value: number, goal: number, lowerIsBetter = true) => {
  const r = value / goal
  return `${r.toFixed(2)}× goal, ${(lowerIsBetter ? r <= 1 : r >= 1) ? 'met' : 'NOT met'}`
}
const log = (line: string) => console.log(`[bench search] ${line}`)

function timeRuns(fn: () => unknown, runs: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples
}

const NAMED = new Set<SearchDoc['kind']>(['person', 'account', 'competitor'])

test('search: index, scan and MiniSearch over 100,000 documents', () => {
  log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  const corpus = searchCorpus()
  const { docs, sources, queries } = corpus
  log(`${docs.length} documents: ${[...new Set(docs.map((d) => d.kind))].map((k) => `${docs.filter((d) => d.kind === k).length} ${k}`).join(', ')}`)

  // Build: the worker's first build, once (pinyin included).
  let index = createSearchIndex(toPinyin)
  const grouped = groupBySource(docs, sources)
  const heapBefore = process.memoryUsage().heapUsed
  const buildStart = performance.now()
  setSources(index, grouped)
  const buildMs = performance.now() - buildStart
  log(`build: ${ms(buildMs)} ms for ${index.live} documents, ${index.postings.size} keys; heap grew ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB (no forced GC, so roughly)`)

  // The scan baseline: each document's folded text with its name's pinyin keys, prepared outside the clock.
  const hay = docs.map((d) => `${normalizeText(d.title)}\n${normalizeText(d.text)}\n${NAMED.has(d.kind) ? pinyinKeys(d.title, toPinyin, d.kind === 'person').join(' ') : ''}`)
  const scan = (query: string) => {
    const { cjk, words } = queryPieces(query)
    const pieces = [...cjk, ...words]
    return hay.filter((h) => pieces.every((p) => h.includes(p))).length
  }
  // A typo cannot be found by substring: its scan compares the word with every word of every document.
  const typoScan = (query: string) => hay.filter((h) => (h.match(/[a-z0-9]+/g) ?? []).some((w) => w.startsWith(query) || typoMatches(query, w))).length

  const mini = buildMiniSearch(docs)
  log(`MiniSearch build: ${ms(mini.buildMs)} ms (ours ${ms(buildMs)} ms)`)

  for (const [klass, list] of Object.entries(queries) as [QueryClass, string[]][]) {
    const ours: number[] = []
    const scans: number[] = []
    const minis: number[] = []
    const counts: string[] = []
    for (const query of list) {
      const hits = searchDocs(index, query, Number.POSITIVE_INFINITY).length
      expect(hits, `${klass} "${query}" finds something`).toBeGreaterThan(0)
      const scanOf = klass === 'typo' ? typoScan : scan
      const scanned = scanOf(query)
      // A Chinese query must find exactly what the scan finds; Latin words match from their start (the
      // scan finds "ll" inside "will"), and typos only the index finds.
      if (klass === 'Chinese phrase' || klass === 'surname') expect(hits, `"${query}": the same documents as the scan`).toBe(scanned)
      counts.push(`${query} ${hits}${klass === 'Chinese phrase' || klass === 'surname' ? '' : ` (scan ${scanned})`}`)
      ours.push(...timeRuns(() => searchDocs(index, query, 50), RUNS))
      scans.push(...timeRuns(() => scanOf(query), 3))
      minis.push(...timeRuns(() => mini.search(query), 5))
    }
    const p95 = pct(ours, 0.95)
    const speedup = pct(scans, 0.5) / pct(ours, 0.5)
    log(
      `${klass.padEnd(14)} p50 ${ms(pct(ours, 0.5))} ms, p95 ${ms(p95)} ms (${ratio(p95, GOAL.p95)}); scan p50 ${ms(pct(scans, 0.5))} ms → ${speedup.toFixed(0)}× faster (${ratio(speedup, GOAL.speedup, false)}); MiniSearch p50 ${ms(pct(minis, 0.5))} ms, p95 ${ms(pct(minis, 0.95))} ms · hits: ${counts.join(', ')}`
    )
  }

  // One record update: a person's title changes, as the worker re-indexes an edited record.
  const people = docs.map((d, i) => [d, i] as const).filter(([d]) => d.kind === 'person')
  const updates = people.slice(0, 300).map(([doc, i], n) => {
    const changed = { ...doc, text: `${doc.text}\n采购总监 x${n}`, updatedAt: doc.updatedAt + 1 }
    const start = performance.now()
    setSources(index, [[sources[i]!, [changed]]])
    return performance.now() - start
  })
  expect(searchDocs(index, 'x299 采购总监').map((h) => h.doc.id)).toEqual([people[299]![0].id])
  log(`one record update: p50 ${ms(pct(updates, 0.5))} ms, p95 ${ms(pct(updates, 0.95))} ms, max ${ms(Math.max(...updates))} ms (${ratio(pct(updates, 0.95), GOAL.update)})`)
  const miniUpdates = people.slice(300, 400).map(([doc], n) => {
    const start = performance.now()
    mini.replace({ ...doc, text: `${doc.text}\n第${n}次更新` })
    return performance.now() - start
  })
  log(`MiniSearch update: p50 ${ms(pct(miniUpdates, 0.5))} ms, p95 ${ms(pct(miniUpdates, 0.95))} ms`)
  index = createSearchIndex()
})

function groupBySource(docs: readonly SearchDoc[], sources: readonly string[]): [string, SearchDoc[]][] {
  const grouped = new Map<string, SearchDoc[]>()
  docs.forEach((doc, i) => {
    const list = grouped.get(sources[i]!)
    if (list) list.push(doc)
    else grouped.set(sources[i]!, [doc])
  })
  return [...grouped]
}

/** MiniSearch with our tokens: the same CJK pieces and pinyin keys, prefix and one-typo fuzzy for Latin words. */
function buildMiniSearch(docs: readonly SearchDoc[]) {
  const hay = new Map<string, string>()
  const keyOf = (d: SearchDoc) => `${d.kind}:${d.id}`
  const mini = new MiniSearch<SearchDoc & { key: string }>({
    idField: 'key',
    fields: ['title', 'text'],
    extractField: (doc, field) =>
      field === 'title' && NAMED.has(doc.kind) ? `${doc.title} ${pinyinKeys(doc.title, toPinyin, doc.kind === 'person').join(' ')}` : String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    tokenize: (text) => searchTokens(text),
    processTerm: (term) => term
  })
  const start = performance.now()
  for (const d of docs) hay.set(keyOf(d), normalizeText(`${d.title}\n${d.text}`))
  mini.addAll(docs.map((d) => ({ ...d, key: keyOf(d) })))
  const buildMs = performance.now() - start
  return {
    buildMs,
    search(query: string) {
      const { cjk, words } = queryPieces(query)
      const tokens = [...cjk.flatMap((run) => (run.length === 1 ? [run] : [...run].slice(1).map((c, i) => run[i]! + c))), ...words]
      const results = mini.search(tokens.join(' '), {
        combineWith: 'AND',
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        prefix: (term) => /^[a-z0-9]+$/.test(term),
        fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 1 : false)
      })
      return results.filter((r) => cjk.every((run) => hay.get(String(r.id))!.includes(run))).slice(0, 50)
    },
    replace(doc: SearchDoc) {
      mini.replace({ ...doc, key: keyOf(doc) })
    }
  }
}

test('search in the app: worker build, typing and an edit, with 100,000 documents', async ({ page }) => {
  test.setTimeout(900_000)
  const corpus = searchCorpus()
  await page.addInitScript(installScaleProbes)
  await page.goto('./#/accounts')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const seeding = await seedScaleBook(page, corpus.book, writeBackupFile(corpus.book), true)
  log(`seeded: ${seeding.how}, ${(seeding.ms / 1000).toFixed(0)} s (${seeding.note})`)

  // A fresh start: the worker builds its index from IndexedDB; the app reports the build as a measure.
  await page.goto('about:blank')
  await page.goto('./#/accounts')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const built = await page.waitForFunction(() => performance.getEntriesByName('atlas:search-index-built', 'measure')[0]?.duration, null, { timeout: 300_000, polling: 100 })
  log(`worker build at start-up (read of every table + indexing, off the UI thread): ${ms(Number(await built.jsonValue()))} ms`)
  await settle(page)

  await page.keyboard.press('Control+k')
  const box = page.getByTestId('search').getByRole('combobox')
  await expect(box).toBeVisible()
  for (const [klass, [query]] of Object.entries(corpus.queries) as [QueryClass, string[]][]) {
    await box.fill('')
    await settle(page, 300)
    const since = await page.evaluate(() => performance.now())
    await box.pressSequentially(query!, { delay: 120 })
    const typed = await page.evaluate(() => performance.now())
    await page.waitForFunction((q) => document.querySelector('[data-testid="search"] [role="listbox"]')?.getAttribute('aria-busy') === 'false' && (document.querySelector('[data-testid="search"] [role="combobox"]') as HTMLInputElement).value === q, query, { polling: 'raf', timeout: 30_000 })
    const shown = await page.evaluate(() => performance.now())
    await page.waitForTimeout(300)
    const longest = await page.evaluate((since) => Math.max(0, ...(window as unknown as { __scale: { longTasks: { start: number; duration: number }[] } }).__scale.longTasks.filter((t) => t.start + t.duration > since).map((t) => t.duration)), since)
    const hits = await page.getByTestId('search-hit').count()
    const task = longest === 0 ? `no UI-thread task of ${GOAL.uiTask} ms or more (met)` : `longest UI task ${ms(longest)} ms (${ratio(longest, GOAL.uiTask)})`
    log(`typing ${klass.padEnd(14)} "${query}": last key → hits on screen ${ms(Math.max(0, shown - typed))} ms; while typing, ${task}; ${hits} hits shown`)
  }
  await page.keyboard.press('Escape')

  // Edits: a person's title changed on the big account's map, five times; each time the worker reads that
  // record again from IndexedDB and re-indexes it.
  const person = corpus.docs.find((d) => d.kind === 'person' && d.accountId === corpus.book.big.id)!
  await page.goto(`./#/accounts/${corpus.book.big.id}/stakeholders`)
  await page.getByRole('button', { name: `编辑 ${person.title}` }).first().click()
  const took: number[] = []
  const reads: number[] = []
  for (let n = 1; n <= 5; n++) {
    await page.getByTestId('stakeholder-editor').getByLabel('职务').fill(`首席采购官${n}`)
    const saved = await page.evaluate(() => performance.now())
    await page.getByTestId('stakeholder-editor').getByRole('button', { name: '保存人物' }).click()
    const update = await page.waitForFunction(
      (since) => {
        const m = performance.getEntriesByName('atlas:search-index-update', 'measure').find((m) => m.startTime + m.duration >= since && (m as PerformanceMeasure).detail?.records === 1)
        return m && { ms: m.duration, readMs: (m as PerformanceMeasure).detail.readMs as number }
      },
      saved,
      { timeout: 30_000, polling: 50 }
    )
    const { ms: all, readMs } = (await update.jsonValue()) as { ms: number; readMs: number }
    took.push(all)
    reads.push(readMs)
    await settle(page, 300)
  }
  log(`one record update in the worker, 5 edits: ${took.map(ms).join(', ')} ms, of which waiting for IndexedDB ${reads.map(ms).join(', ')} ms; p50 ${ms(pct(took, 0.5))} ms (${ratio(pct(took, 0.5), GOAL.update)}), without the wait p50 ${ms(pct(took.map((t, i) => t - reads[i]!), 0.5))} ms (${ratio(pct(took.map((t, i) => t - reads[i]!), 0.5), GOAL.update)})`)
  await page.keyboard.press('Control+k')
  await box.fill('首席采购官5')
  await expect(page.getByTestId('search-hit').first()).toContainText(person.title)
})

// First screen: first paint and first interactive account list of the web build, empty and with 500
// accounts, each as a ratio to a bare React page (bench/bare) built with the same Vite setup and served
// by the same `vite preview` in the same run. Runs alternate app/bare; medians are reported. Also prints
// every chunk of dist-web/assets with its raw and gzip size. Prints figures; never fails on time.
//
// "First list" means the same on both pages: the first screenful of account rows is visible — account
// rows are in the DOM, the first one starts inside the 1280×800 viewport and the drawn rows reach its
// bottom edge (or every row is drawn, for a list shorter than the screen) — and that frame has been
// produced. It does not ask for rows below the fold: the app draws only the rows near the viewport
// (a virtualised table), while the bare page, the baseline of "the least React can do", still renders
// all of its rows in one go, as a page without virtualisation would.
import { test, type Browser, type Page } from '@playwright/test'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { cpus, loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { emptyAccountDraft } from '#shared/schemas'
import { benchAccountRows } from './accountRows'
import { putRawTables } from '../tests/rawDb'
import { firstLoad } from '../tests/firstLoad'

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 9)
const CASES = [
  { label: 'empty', rows: 0, goal: 1.3 },
  { label: '500 accounts', rows: 500, goal: 1.5 }
] as const
const WEB_OUT = join(import.meta.dirname, '..', process.env.ATLAS_WEB_OUT ?? 'dist-web')
const VIEWPORT = { width: 1280, height: 800 }

type Which = 'app' | 'bare'
type Sample = { firstPaint: number; firstList: number }

/** The URL of a page for a case; `rows` tells the probe what "the list is there" means. */
const urlFor = (which: Which, rows: number) => (which === 'app' ? `./?rows=${rows}#/accounts` : `./bench-bare/?n=${rows}&rows=${rows}`)

/**
 * Runs before any page script. Records when the account list first fills the screen (account-row rows
 * from inside the viewport down to its bottom edge, or all `rows` of them; the empty state `.ui-empty`
 * when rows is 0), then when the frame showing it has been produced and the main thread takes its next
 * task: the first screenful is on screen and the page would respond.
 */
function installProbe() {
  const rows = Number(new URLSearchParams(location.search).get('rows') ?? '0')
  const probe: { visibleAt: number | null; readyAt: number | null } = { visibleAt: null, readyAt: null }
  ;(window as unknown as { __firstList: typeof probe }).__firstList = probe
  const screenful = () => {
    const drawn = document.querySelectorAll('[data-testid="account-row"]')
    if (drawn.length === 0) return false
    const first = drawn[0]!.getBoundingClientRect()
    const last = drawn[drawn.length - 1]!.getBoundingClientRect()
    return first.height > 0 && first.top < innerHeight && (drawn.length >= rows || last.bottom >= innerHeight)
  }
  const present = () => (rows === 0 ? document.querySelector('.ui-empty') !== null : screenful())
  const observer = new MutationObserver(() => {
    if (probe.visibleAt !== null || !present()) return
    probe.visibleAt = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => (probe.readyAt = performance.now()), 0))
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function waitForList(page: Page): Promise<Sample> {
  await page.waitForFunction(() => (window as unknown as { __firstList?: { readyAt: number | null } }).__firstList?.readyAt != null, null, {
    polling: 100,
    timeout: 60_000
  })
  // The paint entry arrives when the frame is presented, which can be after the probe's task: wait for it.
  return page.evaluate(
    () =>
      new Promise<Sample>((resolve) => {
        const firstList = (window as unknown as { __firstList: { readyAt: number } }).__firstList.readyAt
        const done = (entry: PerformanceEntry | undefined) => resolve({ firstPaint: entry?.startTime ?? Number.NaN, firstList })
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) {
            observer.disconnect()
            done(entry)
          }
        })
        observer.observe({ type: 'paint', buffered: true })
        setTimeout(() => done(undefined), 5000)
      })
  )
}

/**
 * One measured load in a fresh browser context, as a returning user sees it: two visits first (the app's
 * database is created and seeded; HTTP cache and V8 code cache are warm — the second visit is the one on
 * which Chromium writes the code cache), then the timed third load.
 */
async function measure(browser: Browser, baseURL: string, which: Which, rows: number): Promise<Sample> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbe)
    if (which === 'app') {
      await page.goto(urlFor('app', 0))
      await waitForList(page)
      if (rows > 0) {
        const meta = { createdAt: 0, deletedAt: null }
        await putRawTables(page, { accounts: benchAccountRows(rows).map((row) => ({ ...emptyAccountDraft(), ...meta, ...row })) })
      }
    } else {
      await page.goto(urlFor('bare', rows))
      await waitForList(page)
    }
    await page.goto(urlFor(which, rows))
    await waitForList(page)
    await page.goto(urlFor(which, rows))
    return await waitForList(page)
  } finally {
    await context.close()
  }
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** Every chunk in dist-web/assets with its sizes; the entry and what it imports statically are flagged. */
function chunkTable(): string {
  const { entry, files: firstLoadFiles } = firstLoad(WEB_OUT)
  const assets = join(WEB_OUT, 'assets')
  const chunks = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const file = join(assets, name)
      const bytes = readFileSync(file)
      return { file, name, raw: bytes.length, gzip: gzipSync(bytes).length }
    })
    .sort((a, b) => b.raw - a.raw)
  const flag = (file: string) => (file === entry ? 'ENTRY' : firstLoadFiles.has(file) ? 'first load' : file.endsWith('.css') ? 'css' : 'lazy')
  const width = Math.max(...chunks.map((c) => c.name.length))
  const lines = chunks.map((c) => `  ${c.name.padEnd(width)}  ${kB(c.raw).padStart(10)}  ${kB(c.gzip).padStart(9)} gzip  ${flag(c.file)}`)
  const sum = (list: typeof chunks) => `${kB(list.reduce((n, c) => n + c.raw, 0))} (${kB(list.reduce((n, c) => n + c.gzip, 0))} gzip)`
  const js = chunks.filter((c) => c.name.endsWith('.js'))
  const entryChunk = chunks.find((c) => c.file === entry)!
  return [
    `Chunks of ${relative(process.cwd(), assets)} (raw, gzip; ENTRY = index.html's script, first load = its static imports):`,
    ...lines,
    `  entry chunk ${kB(entryChunk.raw)} (${kB(entryChunk.gzip)} gzip) · first load ${sum(js.filter((c) => firstLoadFiles.has(c.file)))} · all JS ${sum(js)}`
  ].join('\n')
}

test('first screen: first paint and first account list against a bare React page', async ({ browser }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL)
  if (!existsSync(join(WEB_OUT, 'bench-bare', 'index.html'))) {
    throw new Error('dist-web/bench-bare is missing: run `npm run bench` (it builds the app and the bare page)')
  }
  const loadBefore = loadavg()[0]!
  const samples = new Map<string, Sample[]>()
  const add = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample])

  // One discarded round warms the server, the disk cache and Chromium itself.
  for (const { rows } of CASES) for (const which of ['app', 'bare'] as const) await measure(browser, baseURL, which, rows)

  for (let i = 0; i < ITERATIONS; i++) {
    for (const { rows } of CASES) {
      const order: Which[] = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']
      for (const which of order) add(`${which}:${rows}`, await measure(browser, baseURL, which, rows))
    }
  }

  const lines: string[] = []
  for (const { label, rows, goal } of CASES) {
    const app = samples.get(`app:${rows}`)!
    const bare = samples.get(`bare:${rows}`)!
    for (const [metric, key] of [
      ['first paint', 'firstPaint'],
      ['first list', 'firstList']
    ] as const) {
      const a = median(app.map((s) => s[key]))
      const b = median(bare.map((s) => s[key]))
      const ratio = a / b
      lines.push(
        `  ${`${label} · ${metric}`.padEnd(27)} app ${a.toFixed(0).padStart(5)} ms · bare ${b.toFixed(0).padStart(5)} ms · ` +
          `${ratio.toFixed(2)}× (goal ≤ ${goal}×: ${ratio <= goal ? 'met' : 'not met'})`
      )
    }
  }
  console.log(
    `\nFirst screen benchmark: web build vs a bare React page, same Vite setup and server (median of ${ITERATIONS}\n` +
      `alternating runs per figure, ms from navigation start of a returning visit; first paint = first-contentful-paint;\n` +
      `first list = the first screenful of account rows, or the empty state, is drawn and the main thread is free to respond)\n` +
      `${lines.join('\n')}\n` +
      `  machine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before → ${loadavg()[0]!.toFixed(1)} after (busy machines give noisy figures)\n` +
      `  (the app paints its frame before it has read the accounts; the bare page's first paint is already its list)\n\n` +
      `${chunkTable()}\n`
  )
})

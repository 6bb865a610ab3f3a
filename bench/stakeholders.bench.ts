// Stakeholder map: layout and render time for 50, 300 and 1,000 people in both layouts (org chart: dagre;
// influence view: fcose), measured in the real screen. Then the org chart at 300 people in detail (issue
// 11: goal ≤ 300 ms layout, ≤ 600 ms to first frame), as the median of several loads, next to a baseline
// measured in the same run: the same runLayout() on the same people in Node, in a headless Cytoscape (no
// canvas, so no label measuring or drawing) — what dagre itself costs on this machine right now.
// Figures come from the app's performance measures (see PERF in renderer/src/graph/CytoscapeGraph.tsx):
// 'atlas:graph-layout' = the synchronous runLayout() call alone; 'atlas:graph-first-frame' = from the
// creation of the Cytoscape instance to its first drawn frame with people in it (its first 'render'
// event after the layout and fit). Prints figures; never fails on time.
import { expect, test, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { cpus, loadavg } from 'node:os'
import cytoscape from 'cytoscape'
import { emptyAccountDraft, type RelationshipKind } from '#shared/schemas'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders'
import { registerExtensions, runLayout } from '../renderer/src/graph/layouts'
import { graphStylesheetFor, PRINT_THEME } from '../renderer/src/graph/stylesheet'
import { toElements } from '../renderer/src/graph/toElements'

const SIZES = [50, 300, 1000]
const TARGETS_MS: Record<number, number> = { 50: 300, 300: 1500, 1000: 5000 }
const ROLES = ['decisionMaker', 'buyer', 'user', 'influencer', 'gatekeeper', 'executor', 'technicalEvaluator', 'finance'] as const
const STANCES = ['supporter', 'neutral', 'opponent', 'unknown'] as const
const INFLUENCE = ['low', 'medium', 'high'] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const TITLES = ['采购经理', '车间主任', '技术部主任', '财务经理', '仓库管理员', '总经理', '工艺工程师', '采购员']
/** The org chart at 300 people: goals from issue 11, and how many loads the median is taken over. */
const ORG = { people: 300, layoutGoalMs: 300, firstFrameGoalMs: 600, runs: Number(process.env.BENCH_ITERATIONS ?? 5) }
/** The names of the app's performance measures (PERF in renderer/src/graph/CytoscapeGraph.tsx). */
const MEASURES = { layout: 'atlas:graph-layout', firstFrame: 'atlas:graph-first-frame' } as const

type Timings = {
  /** runLayout() alone, ms (the latest layout). */
  layout: number
  /** Cytoscape created → its first drawn frame with people, ms. */
  firstFrame: number
  /** The route was opened → that first frame, ms. */
  openToFrame: number
  /** How many layouts ran while the screen opened (the measure keeps only the latest). */
  layouts: number
}

/** A tree of `n` people (each reports to an earlier one, about four reports per manager) plus some cross links. */
function committee(accountId: string, n: number, now: number) {
  const people = Array.from({ length: n }, (_, i) => ({
    ...emptyStakeholderDraft(accountId, {
      name: `${SURNAMES[i % SURNAMES.length]}${i}`,
      title: TITLES[i % TITLES.length]!,
      roles: [ROLES[i % ROLES.length]!],
      stance: STANCES[i % STANCES.length]!,
      influence: INFLUENCE[i % INFLUENCE.length]!
    }),
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  }))
  const link = (from: number, to: number, kind: string) => ({
    id: randomUUID(),
    accountId,
    fromId: people[from]!.id,
    toId: people[to]!.id,
    kind,
    note: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  })
  const links = people.slice(1).map((_, i) => link(i + 1, Math.floor(i / 4), 'reportsTo'))
  for (let i = 7; i < n; i += 7) links.push(link(i, (i * 13) % i, 'influences'))
  for (let i = 11; i < n; i += 11) links.push(link(i, i - 5, i % 2 ? 'ally' : 'rival'))
  return { people, links }
}

/** Before any page script: counts the app's layout measures (the page keeps only the latest of each). */
function countLayouts() {
  const seen = { layouts: 0 }
  ;(window as unknown as { __atlasLayouts: typeof seen }).__atlasLayouts = seen
  new PerformanceObserver((list) => {
    seen.layouts += list.getEntriesByName('atlas:graph-layout').length
  }).observe({ type: 'measure' })
}

async function seed(page: Page, n: number, now: number) {
  const accountId = randomUUID()
  const account = { ...emptyAccountDraft(), name: `Bench ${n}`, id: accountId, createdAt: now, updatedAt: now, deletedAt: null }
  const { people, links } = committee(accountId, n, now)
  await page.evaluate(
    ({ account, people, links }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('account-atlas')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const tx = req.result.transaction(['accounts', 'stakeholders', 'relationships'], 'readwrite')
          tx.objectStore('accounts').put(account)
          for (const p of people) tx.objectStore('stakeholders').put(p)
          for (const l of links) tx.objectStore('relationships').put(l)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
    { account, people, links }
  )
  return { accountId, people, links }
}

/** Opens the account's stakeholder map on a fresh page load (in `layout`) and reads the app's measures. */
async function openMap(page: Page, accountId: string, n: number, layout: 'org' | 'influence') {
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const start = Date.now()
  await page.evaluate((id) => {
    ;(window as unknown as { __openedAt: number }).__openedAt = performance.now()
    window.location.hash = `#/accounts/${id}/stakeholders`
  }, accountId)
  const graph = page.getByTestId('atlas-graph')
  await expect(graph).toHaveAttribute('data-nodes', String(n), { timeout: 120_000 })
  if (layout === 'influence') {
    await page.getByRole('radio', { name: /Influence view|影响力视图/ }).click()
    await expect(graph).toHaveAttribute('data-layout', 'influence', { timeout: 120_000 })
  }
  // Wait for two frames so the canvas has drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  const total = Date.now() - start
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, MEASURES.firstFrame, { timeout: 30_000 })
  const timings = await page.evaluate((names): Timings => {
    const last = (name: string) => performance.getEntriesByName(name, 'measure').at(-1)!
    const frame = last(names.firstFrame)
    return {
      layout: last(names.layout).duration,
      firstFrame: frame.duration,
      openToFrame: frame.startTime + frame.duration - (window as unknown as { __openedAt: number }).__openedAt,
      layouts: (window as unknown as { __atlasLayouts: { layouts: number } }).__atlasLayouts.layouts
    }
  }, MEASURES)
  return { ...timings, total }
}

/** The baseline: the same runLayout('org') on the same people, in Node, in a headless Cytoscape (no canvas). */
function headlessOrgLayout(people: ReturnType<typeof committee>['people'], links: ReturnType<typeof committee>['links']): number {
  registerExtensions()
  const elements = toElements(
    people,
    links.map((l) => ({ ...l, kind: l.kind as RelationshipKind })),
    { labels: { role: (role) => role, successor: '', successorOf: (name) => name } }
  )
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheetFor(PRINT_THEME, 1), elements })
  try {
    const started = performance.now()
    runLayout(cy, 'org')
    return performance.now() - started
  } finally {
    cy.destroy()
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const ms = (x: number) => `${x.toFixed(0)} ms`
const vsGoal = (x: number, goal: number) => `${ms(x)} (${(x / goal).toFixed(2)}× goal ${goal} ms: ${x <= goal ? 'met' : 'not met'})`

// A loaded 2-core machine can take minutes over these loads; the config's default would cut them short.
const BENCH_TIMEOUT_MS = 900_000

test('stakeholder map: layout and render at 50, 300 and 1,000 people', async ({ page }) => {
  test.setTimeout(BENCH_TIMEOUT_MS)
  await page.addInitScript(countLayouts)
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const now = Date.now()
  const results: string[] = []

  for (const n of SIZES) {
    const { accountId } = await seed(page, n, now)
    for (const layout of ['org', 'influence'] as const) {
      const { layout: layoutMs, total } = await openMap(page, accountId, n, layout)
      const target = TARGETS_MS[n]!
      results.push(
        `${String(n).padStart(5)} people · ${layout.padEnd(9)} · layout ${layoutMs.toFixed(0).padStart(5)} ms · open→drawn ${String(total).padStart(5)} ms` +
          ` (layout target ${target} ms: ${(layoutMs / target).toFixed(2)}×)`
      )
    }
  }
  console.log(`\nStakeholder map benchmark (${SIZES.join(' / ')} people; org = dagre, influence = fcose)\n${results.join('\n')}\n`)
})

test('stakeholder map: org chart of 300 people, layout and first frame against the goals', async ({ page }) => {
  test.setTimeout(BENCH_TIMEOUT_MS)
  await page.addInitScript(countLayouts)
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const { accountId, people, links } = await seed(page, ORG.people, Date.now())

  // One discarded load warms the page, then the median of ORG.runs loads, each followed by the baseline
  // so that both see the same machine load.
  const loadBefore = loadavg()[0]!
  await openMap(page, accountId, ORG.people, 'org')
  headlessOrgLayout(people, links)
  const runs: Timings[] = []
  const baseline: number[] = []
  for (let i = 0; i < ORG.runs; i++) {
    runs.push(await openMap(page, accountId, ORG.people, 'org'))
    baseline.push(headlessOrgLayout(people, links))
  }
  const layout = median(runs.map((r) => r.layout))
  const firstFrame = median(runs.map((r) => r.firstFrame))
  const openToFrame = median(runs.map((r) => r.openToFrame))
  const base = median(baseline)
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ')
  console.log(
    `[bench stakeholders] org chart, ${ORG.people} people, median of ${ORG.runs} loads:\n` +
      `[bench stakeholders]   layout ${vsGoal(layout, ORG.layoutGoalMs)} · runs ${list(runs.map((r) => r.layout))}\n` +
      `[bench stakeholders]   first frame ${vsGoal(firstFrame, ORG.firstFrameGoalMs)} · runs ${list(runs.map((r) => r.firstFrame))}` +
      ` (Cytoscape created → first drawn frame with people)\n` +
      `[bench stakeholders]   open→first frame ${ms(openToFrame)} · runs ${list(runs.map((r) => r.openToFrame))} (route opened → that frame; includes loading the people)\n` +
      `[bench stakeholders]   baseline, same run: runLayout('org') on the same people in headless Cytoscape in Node (no canvas, no label` +
      ` measuring) ${ms(base)} · runs ${list(baseline)}; the page's layout is ${(layout / base).toFixed(2)}× it\n` +
      `[bench stakeholders]   layouts per load ${list(runs.map((r) => r.layouts))} · machine: ${cpus().length} CPUs, load average` +
      ` ${loadBefore.toFixed(1)} before → ${loadavg()[0]!.toFixed(1)} after (busy machines give noisy figures)\n`
  )
})

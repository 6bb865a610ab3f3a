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
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import cytoscape from 'cytoscape'
import { emptyAccountDraft, type RelationshipKind } from '#shared/schemas'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders'
import { registerExtensions, runLayout } from '../renderer/src/graph/layouts'
import { graphStylesheetFor, PRINT_THEME } from '../renderer/src/graph/stylesheet'
import { toElements } from '../renderer/src/graph/toElements'
import { INTEL_CHANNELS } from '#shared/schemas/enums'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'
import { putRawTables } from '../tests/rawDb'
import { settle, watchLongTasks } from './longTasks'

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
  /** The labels' height on screen at the fitted zoom, px. */
  labelPx: number
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
      layouts: (window as unknown as { __atlasLayouts: { layouts: number } }).__atlasLayouts.layouts,
      labelPx: Number(document.querySelector('[data-testid="atlas-graph"]')?.getAttribute('data-label-px'))
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
      `[bench stakeholders]   layouts per load ${list(runs.map((r) => r.layouts))} · labels ${runs[0]!.labelPx} px on screen at fit · machine: ${cpus().length} CPUs, load average` +
      ` ${loadBefore.toFixed(1)} before → ${loadavg()[0]!.toFixed(1)} after (busy machines give noisy figures)\n`
  )
})

// Issue 13: in a career-sized database (about 1,000 accounts, 20,000 people, 50,000 visits, 7,000 dossier
// sections), the large account's stakeholder tab (50 people) opened from its Overview: time from the
// navigation to the map drawn with its people (the app's first-frame measure) and to the people's
// keyboard targets being there (interactive), and the longest task in between. Each run on a fresh page.
const LARGE = { goalMs: 300, runs: Number(process.env.BENCH_ITERATIONS ?? 3) }

const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return `min ${s[0]!.toFixed(0)} / median ${median(s).toFixed(0)} / max ${s.at(-1)!.toFixed(0)} ms`
}

const DAY = 86_400_000
/** A v4-shaped id: `kind` (one hex digit) names the table, `n` the row. */
const rowId = (kind: string, n: number) => `${kind}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/**
 * A career's worth of rows (issue 13), deterministic, in the stored shape: 1,000 accounts with 20 people
 * (reporting lines), 50 visits and one short dossier section per channel each; the first account is the
 * large one the rep opens, with 50 people and a ~20-page dossier with 200 findings.
 */
function careerDatabase(now: number, accounts = 1000) {
  const rows = { accounts: [] as unknown[], stakeholders: [] as unknown[], relationships: [] as unknown[], visits: [] as unknown[], dossierSections: [] as unknown[] }
  const meta = (kind: string, n: number, age: number) => ({ id: rowId(kind, n), createdAt: now - age - DAY, updatedAt: now - age, deletedAt: null })
  const counters = { person: 0, link: 0, visit: 0, section: 0 }
  for (let a = 0; a < accounts; a++) {
    const big = a === 0
    const account = { ...emptyAccountDraft(), ...meta('a', a, a * 3_600_000), name: big ? '华东精密机械有限公司（大客户）' : `苏州精密机械有限公司 ${a + 1}`, stage: 'verifyNeeds' }
    rows.accounts.push(account)
    const people = Array.from({ length: big ? 50 : 20 }, (_, p) => ({
      ...meta('b', counters.person++, p * DAY),
      ...emptyStakeholderDraft(account.id, {
        name: `${SURNAMES[(a + p) % SURNAMES.length]}${p + 1}`,
        title: TITLES[p % TITLES.length]!,
        roles: [ROLES[p % ROLES.length]!],
        stance: STANCES[p % STANCES.length]!,
        influence: INFLUENCE[p % INFLUENCE.length]!
      })
    }))
    rows.stakeholders.push(...people)
    people.slice(1).forEach((p, i) =>
      rows.relationships.push({ ...meta('c', counters.link++, 0), accountId: account.id, fromId: p.id, toId: people[Math.floor(i / 4)]!.id, kind: 'reportsTo', note: '' })
    )
    for (let v = 0; v < 50; v++) {
      rows.visits.push({
        ...meta('d', counters.visit++, v * 7 * DAY),
        accountId: account.id,
        kind: 'revisit',
        status: v === 0 ? 'planned' : 'done',
        date: v === 0 ? now + 7 * DAY : now - (v * 7 + 1) * DAY,
        time: null,
        objective: `第 ${v + 1} 次拜访：技术交流与样品反馈`,
        questions: [],
        outcome: v === 0 ? '' : `对方同意试用 ${v} 套`,
        nextReason: '',
        attendeeIds: people.slice(v % 40, (v % 40) + 3).map((p) => p.id),
        tasks: []
      })
    }
    INTEL_CHANNELS.forEach((channel, order) => {
      const paragraphs = big ? 60000 / 40 / INTEL_CHANNELS.length : 5
      const findings = big ? Math.ceil(200 / INTEL_CHANNELS.length) : 1
      const blocks = Array.from({ length: Math.ceil(paragraphs) }, (_, i) =>
        i < findings
          ? paragraph(text('车间主任说主轴转速一万二，润滑用的是锂基脂。'), finding({ findingId: `f-${a}-${order}-${i}`, channel, verified: i % 3 === 0 }, text(`情报 ${i}`)))
          : paragraph(text('门卫说老板每周一上午在厂里，仓库里的轴承多为进口品牌。'))
      )
      rows.dossierSections.push({ ...meta('e', counters.section++, 0), accountId: account.id, channel, order, collapsed: false, content: doc(...blocks), plainText: '' })
    })
  }
  return { ...rows, big: rows.accounts[0] as { id: string } }
}

test('stakeholder tab: 50-person account in a 1,000-account database, navigation → map drawn', async ({ page }) => {
  test.setTimeout(BENCH_TIMEOUT_MS)
  await page.addInitScript(watchLongTasks)
  await page.goto('./#/accounts/new')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const data = careerDatabase(Date.now())
  await putRawTables(page, { accounts: data.accounts, stakeholders: data.stakeholders, relationships: data.relationships })
  await putRawTables(page, { visits: data.visits, dossierSections: data.dossierSections })
  const { big } = data
  const people = (data.stakeholders as { accountId: string }[]).filter((s) => s.accountId === big.id).length

  const runs: { drawn: number; interactive: number; task: number }[] = []
  for (let run = 0; run < LARGE.runs; run++) {
    await page.goto(`./#/accounts/${big.id}`)
    await expect(page.getByTestId('glance-qualification')).toBeVisible({ timeout: 60_000 })
    await settle(page)
    // BENCH_PROFILE=<file>: a CPU profile of the first run (open it in Chromium's DevTools, Performance).
    const profile = run === 0 && process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null
    if (profile) {
      await profile.send('Profiler.enable')
      await profile.send('Profiler.setSamplingInterval', { interval: 200 })
      await profile.send('Profiler.start')
    }
    const result = await page.evaluate(
      ({ frame, people }) =>
        new Promise<{ drawn: number; interactive: number; task: number }>((resolve) => {
          const w = window as unknown as { __longTasks: { start: number; duration: number }[] }
          performance.clearMeasures(frame)
          const start = performance.now()
          let interactive: number | undefined
          location.hash = `${location.hash}/stakeholders`
          const tick = () => {
            if (interactive === undefined && document.querySelectorAll('[data-testid="graph-node"]').length === people) interactive = performance.now() - start
            const drawn = performance.getEntriesByName(frame, 'measure').at(-1)
            if (interactive !== undefined && drawn) {
              const shown = { drawn: drawn.startTime + drawn.duration - start, interactive: Math.max(interactive, drawn.startTime + drawn.duration - start) }
              setTimeout(() => resolve({ ...shown, task: Math.max(0, ...w.__longTasks.filter((t) => t.start >= start).map((t) => t.duration)) }), 500)
            } else if (performance.now() - start < 60_000) requestAnimationFrame(tick)
            else resolve({ drawn: NaN, interactive: NaN, task: NaN })
          }
          tick()
        }),
      { frame: MEASURES.firstFrame, people }
    )
    if (profile) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await profile.send('Profiler.stop')).profile))
    runs.push(result)
  }
  console.log(
    `[bench stakeholders] large database: ${people} people in the opened account, in ${data.accounts.length} accounts / ${data.stakeholders.length} people /` +
      ` ${data.visits.length} visits / ${data.dossierSections.length} sections; ${LARGE.runs} runs\n` +
      `[bench stakeholders]   navigation → map drawn: ${spread(runs.map((r) => r.drawn))} — goal ${LARGE.goalMs} ms, median ${(median(runs.map((r) => r.drawn)) / LARGE.goalMs).toFixed(2)}×\n` +
      `[bench stakeholders]   navigation → drawn and every person reachable by keyboard: ${spread(runs.map((r) => r.interactive))} — goal ${LARGE.goalMs} ms, median ${(median(runs.map((r) => r.interactive)) / LARGE.goalMs).toFixed(2)}×\n` +
      `[bench stakeholders]   longest task: ${spread(runs.map((r) => r.task))}\n`
  )
})

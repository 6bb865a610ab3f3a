// In-page probes of the scale benchmark. Each is installed with page.addInitScript (so it sees the page
// from its first task) or run with page.evaluate; they keep what they saw on `window.__scale`.
import { expect, type Locator, type Page } from '@playwright/test'

export type LongTask = { start: number; duration: number }
type ScaleWindow = {
  __scale: {
    longTasks: LongTask[]
    /** The first screenful of account rows: when it was in the DOM, and when its frame had been produced. */
    list: { visibleAt: number | null; readyAt: number | null }
    /** How many graph layouts the page ran (the app keeps only its latest measure). */
    layouts: number
  }
}

/**
 * Before any page script: records every long task (PerformanceObserver 'longtask'), counts the graph's
 * layout measures, and watches for the first screenful of the account list. "First screenful" is the
 * same on the app and the bare page (as in firstPaint.bench.ts): account-row rows are in the DOM, the
 * first starts inside the viewport and the drawn rows reach its bottom edge (or all `?rows=` of them are
 * drawn); "ready" is when the frame showing them has been produced and the main thread takes its next task.
 */
export function installScaleProbes() {
  const w = window as unknown as ScaleWindow
  const probe: ScaleWindow['__scale'] = { longTasks: [], list: { visibleAt: null, readyAt: null }, layouts: 0 }
  w.__scale = probe
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    probe.layouts += list.getEntriesByName('atlas:graph-layout').length
  }).observe({ type: 'measure' })
  const rows = Number(new URLSearchParams(location.search).get('rows') ?? '-1')
  if (rows < 0) return
  const screenful = () => {
    const drawn = document.querySelectorAll('[data-testid="account-row"]')
    if (drawn.length === 0) return false
    const first = drawn[0]!.getBoundingClientRect()
    const last = drawn[drawn.length - 1]!.getBoundingClientRect()
    return first.height > 0 && first.top < innerHeight && (drawn.length >= rows || last.bottom >= innerHeight)
  }
  const observer = new MutationObserver(() => {
    if (probe.list.visibleAt !== null || !screenful()) return
    probe.list.visibleAt = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => (probe.list.readyAt = performance.now()), 0))
  })
  observer.observe(document, { childList: true, subtree: true })
}

/** Waits for the first screenful of the list (installScaleProbes) and returns ms from navigation start. */
export async function firstScreenful(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as ScaleWindow).__scale?.list.readyAt != null, null, { polling: 50, timeout: 120_000 })
  return page.evaluate(() => (window as unknown as ScaleWindow).__scale.list.readyAt!)
}

/** The longest task that started at or after `since` (performance.now() time), 0 if none. */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((since) => Math.max(0, ...(window as unknown as ScaleWindow).__scale.longTasks.filter((t) => t.start + t.duration > since).map((t) => t.duration)), since)
}

/** The longest task that ran (in part) between two moments on the page's clock, 0 if none. */
export function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([from, to]) => Math.max(0, ...(window as unknown as ScaleWindow).__scale.longTasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration)),
    [from, to] as const
  )
}

/** Waits until the page has run `quietMs` without a long task (what the last step started has settled), at most 30 s. */
export async function settle(page: Page, quietMs = 600): Promise<void> {
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve) => {
        const probe = (window as unknown as ScaleWindow).__scale
        const started = performance.now()
        const check = () => {
          const last = probe.longTasks.at(-1)
          if (performance.now() - Math.max(started, last ? last.start + last.duration : 0) > quietMs || performance.now() - started > 30_000) resolve()
          else setTimeout(check, 100)
        }
        check()
      }),
    quietMs
  )
}

export type Timed = { ms: number; longestTask: number }

/**
 * A DOM state the clock stops at: elements matching `selector` exist (at least `count` of them), and,
 * when given, one of them has `includes` in its text (or in attribute `attr`); `measure` also asks for a
 * performance measure of that name made after the clock started.
 */
export type Done = { selector: string; count?: number; attr?: string; includes?: string; measure?: string }

/** What starts the clock: a click on an element (as the rep clicks it), or the address changing to a hash route. */
export type Trigger = Locator | { hash: string }

/**
 * Fires the trigger from inside the page — the clock starts right before the click event is dispatched
 * (or the hash is set) — then checks on every animation frame whether every `done` state holds, and
 * stops the clock at the first frame where they do. The longest task counts everything from the click
 * until 500 ms after (tasks still running once the state is reached count too). Fails (a real bug, not
 * slowness) if the state is not reached within 60 s.
 */
export async function timeUntil(page: Page, trigger: Trigger, done: readonly Done[]): Promise<Timed> {
  const selector = '[data-bench-trigger]'
  const hash = 'hash' in trigger ? trigger.hash : null
  if (!('hash' in trigger)) await trigger.evaluate((el) => el.setAttribute('data-bench-trigger', ''))
  const result = await page.evaluate(
    ({ selector, hash, done }) =>
      new Promise<Timed | { error: string }>((resolve) => {
        const probe = (window as unknown as ScaleWindow).__scale
        const target = hash === null ? document.querySelector<HTMLElement>(selector) : null
        if (hash === null && !target) return resolve({ error: 'the element to click has gone' })
        target?.removeAttribute('data-bench-trigger')
        const holds = (d: Done, since: number) => {
          const found = [...document.querySelectorAll(d.selector)]
          if (found.length < (d.count ?? 1)) return false
          const includes = d.includes
          if (includes !== undefined && !found.some((el) => ((d.attr ? el.getAttribute(d.attr) : el.textContent) ?? '').includes(includes))) return false
          return d.measure === undefined || performance.getEntriesByName(d.measure, 'measure').some((m) => m.startTime >= since)
        }
        const start = performance.now()
        if (target) target.click()
        else location.hash = hash!
        const tick = () => {
          if (done.every((d) => holds(d, start))) {
            const ms = performance.now() - start
            setTimeout(() => resolve({ ms, longestTask: Math.max(0, ...probe.longTasks.filter((t) => t.start + t.duration > start).map((t) => t.duration)) }), 500)
          } else if (performance.now() - start > 60_000) resolve({ error: `not reached within 60 s: ${JSON.stringify(done)}` })
          else requestAnimationFrame(tick)
        }
        tick()
      }),
    { selector, hash, done }
  )
  if ('error' in result) throw new Error(result.error)
  return result
}

/** The app's graph measures (renderer/src/graph/CytoscapeGraph.tsx, PERF): the latest of each, and the layout count. */
export async function graphMeasures(page: Page): Promise<{ layout: number; firstFrame: number; firstFrameEnd: number; layouts: number }> {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('atlas:graph-first-frame', 'measure').length), { timeout: 60_000 }).toBeGreaterThan(0)
  return page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name, 'measure').at(-1)
    const frame = last('atlas:graph-first-frame')!
    return {
      layout: last('atlas:graph-layout')?.duration ?? Number.NaN,
      firstFrame: frame.duration,
      firstFrameEnd: frame.startTime + frame.duration,
      layouts: (window as unknown as ScaleWindow).__scale.layouts
    }
  })
}

/** JS heap in use after a full garbage collection, MB (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / 1e6
  } finally {
    await cdp.detach()
  }
}

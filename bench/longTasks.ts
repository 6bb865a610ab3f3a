// Long-task probes shared by the page benchmarks: install watchLongTasks with page.addInitScript, then
// read `window.__longTasks` or wait with settle().
import type { Page } from '@playwright/test'

type LongTaskWindow = { __longTasks: { start: number; duration: number }[] }

/** Before any page script: records long tasks (start, duration) so a step can report its longest. */
export function watchLongTasks() {
  const w = window as unknown as LongTaskWindow
  w.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/** Waits until the page has run `quietMs` without a long task (what the last step started has settled), at most 30 s. */
export async function settle(page: Page, quietMs = 600): Promise<void> {
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve) => {
        const w = window as unknown as LongTaskWindow
        const started = performance.now()
        const check = () => {
          const last = w.__longTasks.at(-1)
          if (performance.now() - Math.max(started, last ? last.start + last.duration : 0) > quietMs || performance.now() - started > 30_000) resolve()
          else setTimeout(check, 100)
        }
        check()
      }),
    quietMs
  )
}

// The account screens load on demand: the app's first screen (the account list) ships without the
// dossier editor (Lexical), the stakeholder map (Cytoscape) or the brief. Each tab is a lazy component;
// its code is fetched on idle once an account is open and when the pointer or focus reaches its tab,
// so switching tabs normally finds the chunk already there.
import { lazy } from 'react'
import { createLogger } from '#shared/log'
import { ACCOUNT_TABS, type AccountTab } from '#app/useHashRoute'
import { preloadGraph, preloadGraphRenderer } from '#graph'

const log = createLogger('accountTabs')

const load = {
  overview: () => import('./AccountEditor'),
  dossier: () => import('../dossier/DossierScreen'),
  stakeholders: () => import('../stakeholders/StakeholdersScreen'),
  visits: () => import('../visits/VisitsScreen'),
  brief: () => import('../brief/BriefScreen')
} satisfies Record<AccountTab, () => Promise<unknown>>

/** What a tab needs beyond its own chunk as soon as it shows (the map's graph, the brief's org chart). */
const alsoNeeds: Partial<Record<AccountTab, () => Promise<unknown>>> = {
  stakeholders: preloadGraph,
  brief: preloadGraphRenderer
}

export const AccountEditor = lazy(() => load.overview().then((m) => ({ default: m.AccountEditor })))
export const DossierScreen = lazy(() => load.dossier().then((m) => ({ default: m.DossierScreen })))
export const StakeholdersScreen = lazy(() => load.stakeholders().then((m) => ({ default: m.StakeholdersScreen })))
export const VisitsScreen = lazy(() => load.visits().then((m) => ({ default: m.VisitsScreen })))
export const BriefScreen = lazy(() => load.brief().then((m) => ({ default: m.BriefScreen })))

const preloads = new Map<AccountTab, Promise<void>>()

/**
 * Starts fetching a tab's code and resolves once it is loaded; repeated calls share one fetch. Never
 * rejects: a failure is logged, and the tab tries again when it renders.
 */
export function preloadAccountTab(tab: AccountTab): Promise<void> {
  let pending = preloads.get(tab)
  if (!pending) {
    pending = Promise.all([load[tab](), alsoNeeds[tab]?.()]).then(
      () => undefined,
      (error: unknown) => {
        preloads.delete(tab)
        log.warn(`could not preload the ${tab} tab`, error)
      }
    )
    preloads.set(tab, pending)
  }
  return pending
}

/**
 * Preloads the given tabs one after another, each in an idle moment (so it does not compete with
 * rendering or input), starting no sooner than `afterMs`. Returns a cancel function for effect clean-up.
 */
export function preloadAccountTabsWhenIdle(tabs: readonly AccountTab[] = ACCOUNT_TABS, { afterMs = 0 } = {}): () => void {
  const queue = tabs.filter((tab) => !preloads.has(tab))
  let cancelled = false
  let idle: number | undefined
  const schedule = () => {
    idle = queue.length > 0 && !cancelled ? whenIdle(next) : undefined
  }
  const next = () => {
    idle = undefined
    const tab = queue.shift()
    if (cancelled || !tab) return
    void preloadAccountTab(tab).then(schedule)
  }
  const start = window.setTimeout(schedule, afterMs)
  return () => {
    cancelled = true
    window.clearTimeout(start)
    if (idle !== undefined) cancelIdle(idle)
  }
}

// requestIdleCallback exists in Chromium and Electron; the timer keeps tests (jsdom) and other hosts working.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200)
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle)

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

// Hash routes survive a reload in both hosts (app:// in Electron, http:// in the browser) without a server.
export const ACCOUNT_TABS = ['overview', 'dossier', 'stakeholders', 'visits', 'brief'] as const
export type AccountTab = (typeof ACCOUNT_TABS)[number]

export type Route =
  | { name: 'today' }
  | { name: 'accounts' }
  | { name: 'newAccount' }
  | { name: 'account'; id: string; tab?: AccountTab }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  if (path === '/accounts') return { name: 'accounts' }
  if (path === '/accounts/new') return { name: 'newAccount' }
  const match = /^\/accounts\/([0-9a-f-]{36})(?:\/(\w+))?$/i.exec(path)
  if (match?.[1]) {
    const tab = ACCOUNT_TABS.find((t) => t === match[2]) ?? 'overview'
    return { name: 'account', id: match[1], tab }
  }
  // The app opens on Today; an unknown address lands there too.
  return { name: 'today' }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'today':
      return '#/today'
    case 'accounts':
      return '#/accounts'
    case 'newAccount':
      return '#/accounts/new'
    case 'account':
      return route.tab && route.tab !== 'overview' ? `#/accounts/${route.id}/${route.tab}` : `#/accounts/${route.id}`
  }
}

export type NavigateOptions = { replace?: boolean; force?: boolean }

/** A move the guard held back because a form has unsaved changes: another route, or closing the window. */
export type PendingLeave = { kind: 'route'; route: Route; replace?: boolean } | { kind: 'close' }

export interface HashRouter {
  route: Route
  /** Navigates, asking first (see `pending`) when a form has unsaved changes, unless `force`. */
  navigate(route: Route, options?: NavigateOptions): void
  /** A form reports whether it holds unsaved changes; `source` keeps several forms apart. */
  setDirty(dirty: boolean, source?: string): void
  isDirty(): boolean
  /** What is waiting for the rep's answer, or null. */
  pending: PendingLeave | null
  /** Holds a move back for the rep's answer (the window's close, from the host). */
  ask(leave: PendingLeave): void
  /** Discards the unsaved changes and goes on; resolves the pending move (a close is the caller's to finish). */
  confirm(): PendingLeave | null
  /** Stays: the edits and the address stay as they were. */
  cancel(): void
}

export interface HashRouteOptions {
  /** Ask through the browser's own dialog when the page is closed or reloaded with unsaved changes (browser edition). */
  beforeUnload?: boolean
  /** Told whenever the window starts or stops holding unsaved changes (the Electron host's close guard). */
  onDirtyChange?: (dirty: boolean) => void
}

/**
 * The address bar and the unsaved-changes guard in one place. Every way of leaving a form goes through
 * here: navigate() from the app, back/forward and a typed hash (hashchange), and closing the window.
 * A held-back hash change puts the address back at once, so cancelling loses neither the edits nor the URL.
 */
export function useHashRoute(options: HashRouteOptions = {}): HashRouter {
  const [route, setRoute] = useState(() => parseRoute(location.hash))
  const [pending, setPending] = useState<PendingLeave | null>(null)
  const dirtySources = useRef(new Set<string>())
  const current = useRef(location.hash || routeHref(route))
  const onDirtyChange = useRef(options.onDirtyChange)
  onDirtyChange.current = options.onDirtyChange

  const isDirty = useCallback(() => dirtySources.current.size > 0, [])

  const setDirty = useCallback((dirty: boolean, source = 'form') => {
    const before = dirtySources.current.size > 0
    if (dirty) dirtySources.current.add(source)
    else dirtySources.current.delete(source)
    const after = dirtySources.current.size > 0
    if (before !== after) onDirtyChange.current?.(after)
  }, [])

  const clearDirty = useCallback(() => {
    if (dirtySources.current.size === 0) return
    dirtySources.current.clear()
    onDirtyChange.current?.(false)
  }, [])

  const go = useCallback((next: Route, replace?: boolean) => {
    const href = routeHref(next)
    if (replace) history.replaceState(null, '', href)
    else history.pushState(null, '', href)
    current.current = href
    setRoute(next)
  }, [])

  useEffect(() => {
    const onChange = () => {
      const href = location.hash
      if (href === current.current) return
      const next = parseRoute(href)
      if (dirtySources.current.size > 0) {
        // Back, forward or a typed address: put the address back where the form is, then ask.
        history.pushState(null, '', current.current)
        setPending({ kind: 'route', route: next })
        return
      }
      current.current = href
      setRoute(next)
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])

  const beforeUnload = options.beforeUnload ?? false
  useEffect(() => {
    if (!beforeUnload) return
    const onLeave = (event: BeforeUnloadEvent) => {
      if (dirtySources.current.size === 0) return
      event.preventDefault()
      // Older Chromium asks only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onLeave)
    return () => window.removeEventListener('beforeunload', onLeave)
  }, [beforeUnload])

  const navigate = useCallback(
    (next: Route, navigateOptions?: NavigateOptions) => {
      if (dirtySources.current.size > 0 && !navigateOptions?.force) {
        setPending({ kind: 'route', route: next, replace: navigateOptions?.replace })
        return
      }
      clearDirty()
      go(next, navigateOptions?.replace)
    },
    [clearDirty, go]
  )

  const pendingRef = useRef(pending)
  pendingRef.current = pending

  const confirm = useCallback(() => {
    const leave = pendingRef.current
    if (!leave) return null
    clearDirty()
    setPending(null)
    if (leave.kind === 'route') go(leave.route, leave.replace)
    return leave
  }, [clearDirty, go])

  const cancel = useCallback(() => setPending(null), [])

  return useMemo(
    () => ({ route, navigate, setDirty, isDirty, pending, ask: setPending, confirm, cancel }),
    [route, navigate, setDirty, isDirty, pending, confirm, cancel]
  )
}

import { useCallback, useEffect, useState } from 'react'

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

export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash))

  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])

  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const href = routeHref(next)
    if (options?.replace) history.replaceState(null, '', href)
    else history.pushState(null, '', href)
    setRoute(next)
  }, [])

  return [route, navigate]
}

// One render helper for screen tests: the app's real providers (host, i18n, theme, database and
// repositories, toasts, navigation) around the component, on a fresh fake-indexeddb database.
import { act, cleanup, configure, render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'
import { afterEach } from 'vitest'
import type { Language } from '#shared/ipc/contract'
import { App } from '#app/App'
import { preloadAccountTab } from '#features/accounts/accountTabs'
import { HostProvider } from '#app/host'
import { NavigationProvider } from '#app/navigation'
import { ThemeProvider } from '#app/theme'
import { routeHref, type AccountTab, type Route } from '#app/useHashRoute'
import { createRepositories, DataProvider, saveLanguage, type AtlasDb, type Repositories } from '#data'
import { freshDb } from '#data/testSupport'
import type { HostApi } from '#host/HostApi'
import { I18nProvider, useI18n } from '#i18n'
import { ToastProvider } from '#ui'
import { fakeHost, type FakeHost } from './fakeHost'
import { stubCanvas } from './stubCanvas'

export interface ScreenOptions {
  db?: AtlasDb
  host?: FakeHost
  /** The hash route the app starts on. */
  route?: Route
  language?: Language
}

export interface Screen extends RenderResult {
  db: AtlasDb
  repos: Repositories
  host: FakeHost
  user: UserEvent
  /** The current hash route, as the address bar shows it. */
  hash(): string
  /** Goes to a route as the address bar (or a link) would. */
  go(route: Route): void
}

// Screens wait on live queries and lazy chunks; on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 })

const opened: AtlasDb[] = []
afterEach(async () => {
  cleanup()
  localStorage.clear()
  history.replaceState(null, '', '#')
  await Promise.all(opened.splice(0).map((db) => db.delete()))
})

function prepare(options: ScreenOptions) {
  stubCanvas()
  saveLanguage(options.language ?? 'en')
  history.replaceState(null, '', routeHref(options.route ?? { name: 'accounts' }))
  const db = options.db ?? freshDb()
  opened.push(db)
  return { db, host: options.host ?? fakeHost() }
}

function finish(result: RenderResult, db: AtlasDb, host: FakeHost): Screen {
  // userEvent's own timers would wait on real time between keystrokes; none is needed here.
  const user = userEvent.setup({ delay: null })
  return { ...result, db, host, repos: createRepositories(db), user, hash: () => location.hash, go }
}

function go(route: Route) {
  act(() => {
    history.pushState(null, '', routeHref(route))
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

/**
 * Loads account tabs' code (and what they need: Cytoscape, Lexical) ahead, in a beforeAll, so the first
 * test does not spend its time importing them.
 */
export function loadTabs(...tabs: AccountTab[]): Promise<void> {
  return Promise.all(tabs.map(preloadAccountTab)).then(() => undefined)
}

/** Renders one screen inside the app's providers. */
export function renderScreen(ui: ReactElement, options: ScreenOptions = {}): Screen {
  const { db, host } = prepare(options)
  const result = render(
    <Providers host={host} db={db}>
      {ui}
    </Providers>
  )
  return finish(result, db, host)
}

/** Renders the whole app (shell, navigation, menus), as main.tsx does. */
export function renderApp(options: ScreenOptions = {}): Screen {
  const { db, host } = prepare(options)
  return finish(render(<App host={host} db={db} />), db, host)
}

function Providers({ host, db, children }: { host: HostApi; db: AtlasDb; children: ReactNode }) {
  return (
    <HostProvider host={host}>
      <I18nProvider host={host}>
        <ThemeProvider>
          <DataProvider db={db}>
            <Toasts>
              <NavigationProvider>{children}</NavigationProvider>
            </Toasts>
          </DataProvider>
        </ThemeProvider>
      </I18nProvider>
    </HostProvider>
  )
}

function Toasts({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return <ToastProvider closeLabel={t('common.close')}>{children}</ToastProvider>
}

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { MenuCommand } from '#shared/ipc/contract'
import { AccountEditorScreen } from '#features/accounts/AccountEditorScreen'
import { AccountsScreen } from '#features/accounts/AccountsScreen'
import { ImportContactsCommand } from '#features/contacts'
import { SearchDialog } from '#features/search/SearchDialog'
import { TodayScreen } from '#features/today'
import { useWarmSearch } from '#data'
import { loadSidebarCollapsed, saveSidebarCollapsed } from '#data/preferences'
import { AppFrame, IconButton, Icons, Kbd, SidebarItem, SidebarSection } from '#ui'
import { AboutDialog } from './AboutDialog'
import { EditionMarker } from './EditionMarker'
import { useHost } from './host'
import { useI18n } from '#i18n'
import { LanguageSwitch } from './LanguageSwitch'
import { NavigationProvider, useNavigation } from './navigation'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { SettingsDialog } from './SettingsDialog'
import { useCommandHost } from './useSaveShortcut'
import { useStartupSnapshot } from './useStartupSnapshot'

export function Shell() {
  return (
    <NavigationProvider>
      <ShellFrame />
    </NavigationProvider>
  )
}

type Overlay = 'settings' | 'about' | 'search' | null

/** Below this width the sidebar starts as an icon rail, so the screens keep their room at 1024 px. */
const NARROW_QUERY = '(max-width: 1099px)'
const SIDEBAR_ID = 'app-sidebar'

// jsdom (unit tests) has no matchMedia: there the window counts as wide.
const narrowQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null)

function useNarrowWindow(): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    const query = narrowQuery()
    query?.addEventListener('change', onChange)
    return () => query?.removeEventListener('change', onChange)
  }, [])
  return useSyncExternalStore(subscribe, () => narrowQuery()?.matches ?? false)
}

/**
 * The sidebar's state: in a wide window the rep's remembered choice; in a narrow one an icon rail unless
 * the rep expands it, for as long as the window stays narrow.
 */
function useSidebar() {
  const narrow = useNarrowWindow()
  const [wideCollapsed, setWideCollapsed] = useState(loadSidebarCollapsed)
  const [narrowExpanded, setNarrowExpanded] = useState(false)
  const [wasNarrow, setWasNarrow] = useState(narrow)
  if (wasNarrow !== narrow) {
    setWasNarrow(narrow)
    setNarrowExpanded(false)
  }
  const collapsed = narrow ? !narrowExpanded : wideCollapsed
  const toggle = () => {
    if (narrow) return setNarrowExpanded(collapsed)
    saveSidebarCollapsed(!collapsed)
    setWideCollapsed(!collapsed)
  }
  return { collapsed, toggle }
}

function ShellFrame() {
  const { t, setLanguage } = useI18n()
  const host = useHost()
  const { route, navigate } = useNavigation()
  const [overlay, setOverlay] = useState<Overlay>(null)
  const [findRequest, setFindRequest] = useState(0)
  const sidebarState = useSidebar()
  const rail = sidebarState.collapsed
  useWarmSearch()
  useStartupSnapshot()

  useEffect(() => {
    const run = (command: MenuCommand) => {
      switch (command) {
        case 'newAccount':
          return navigate({ name: 'newAccount' })
        case 'find':
          navigate({ name: 'accounts' })
          return setFindRequest((n) => n + 1)
        case 'openSettings':
          return setOverlay('settings')
        case 'showAbout':
          return setOverlay('about')
        case 'useEnglish':
          return setLanguage('en')
        case 'useChinese':
          return setLanguage('zh-CN')
      }
    }
    return host.onMenuCommand(run)
  }, [host, navigate, setLanguage])

  // The commands table's shortcuts and palette reach the shell's route, navigation and dialogs through this.
  useCommandHost({
    route,
    navigate: (next) => navigate(next),
    open: setOverlay,
    findAccounts: () => {
      navigate({ name: 'accounts' })
      setFindRequest((n) => n + 1)
    }
  })

  const sidebar = (
    <>
      <div className="app-brand">
        <span className="app-brand__mark" aria-hidden>
          <Icons.Globe />
        </span>
        <div>
          <div className="app-brand__name">{t('app.name')}</div>
          <div className="app-brand__tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <SidebarSection title={t('nav.workspace')}>
        <SidebarItem
          icon={<Icons.Calendar />}
          label={t('today.nav')}
          title={rail ? t('today.nav') : undefined}
          active={route.name === 'today'}
          onClick={() => navigate({ name: 'today' })}
        />
        <SidebarItem
          icon={<Icons.Building />}
          label={t('nav.accounts')}
          title={rail ? t('nav.accounts') : undefined}
          active={route.name !== 'today'}
          onClick={() => navigate({ name: 'accounts' })}
        />
        <SidebarItem icon={<Icons.Search />} label={t('search.open')} title={rail ? `${t('search.open')} (Ctrl+K)` : undefined} trailing={<Kbd>Ctrl K</Kbd>} onClick={() => setOverlay('search')} />
      </SidebarSection>
      <div className="app-sidebar__footer">
        <SidebarSection>
          <SidebarItem icon={<Icons.Settings />} label={t('nav.settings')} title={rail ? t('nav.settings') : undefined} onClick={() => setOverlay('settings')} />
        </SidebarSection>
        <EditionMarker onShowAbout={() => setOverlay('about')} />
      </div>
    </>
  )

  const header = (
    <div className="app-header">
      <IconButton
        className="app-header__sidebar-toggle"
        label={t('nav.sidebar.toggle')}
        title={t(rail ? 'nav.sidebar.expand' : 'nav.sidebar.collapse')}
        icon={rail ? <Icons.ChevronRight /> : <Icons.ChevronLeft />}
        aria-expanded={!rail}
        aria-controls={SIDEBAR_ID}
        onClick={sidebarState.toggle}
        data-testid="sidebar-toggle"
      />
      {/* Today has no title of its own, so the header's is its one h1; every other screen has its own h1. */}
      {route.name === 'today' ? (
        <h1 className="app-header__title">{t('today.title')}</h1>
      ) : (
        <div className="app-header__title">{t('nav.accounts')}</div>
      )}
      <LanguageSwitch />
    </div>
  )

  return (
    <div data-testid="app-shell" className="app-shell">
      <AppFrame sidebar={sidebar} header={header} sidebarLabel={t('nav.main')} sidebarCollapsed={rail} sidebarId={SIDEBAR_ID}>
        <ReadOnlyBanner onOpenSettings={() => setOverlay('settings')} />
        {route.name === 'today' && <TodayScreen />}
        {route.name === 'accounts' && <AccountsScreen findRequest={findRequest} />}
        {route.name === 'newAccount' && <AccountEditorScreen key="new" accountId={null} />}
        {route.name === 'account' && <AccountEditorScreen key={route.id} accountId={route.id} tab={route.tab} />}
      </AppFrame>
      <SettingsDialog open={overlay === 'settings'} onClose={() => setOverlay(null)} />
      <ImportContactsCommand accountId={route.name === 'account' ? route.id : null} />
      <AboutDialog open={overlay === 'about'} onClose={() => setOverlay(null)} />
      <SearchDialog open={overlay === 'search'} onClose={() => setOverlay(null)} />
    </div>
  )
}

import { useEffect, useState } from 'react'
import type { MenuCommand } from '#shared/ipc/contract'
import { AccountEditorScreen } from '#features/accounts/AccountEditorScreen'
import { AccountsScreen } from '#features/accounts/AccountsScreen'
import { SearchDialog } from '#features/search/SearchDialog'
import { TodayScreen } from '#features/today'
import { AppFrame, Icons, Kbd, SidebarItem, SidebarSection } from '#ui'
import { AboutDialog } from './AboutDialog'
import { EditionMarker } from './EditionMarker'
import { useHost } from './host'
import { useI18n } from '#i18n'
import { LanguageSwitch } from './LanguageSwitch'
import { NavigationProvider, useNavigation } from './navigation'
import { SettingsDialog } from './SettingsDialog'
import { useGlobalShortcuts } from './useGlobalShortcuts'

export function Shell() {
  return (
    <NavigationProvider>
      <ShellFrame />
    </NavigationProvider>
  )
}

type Overlay = 'settings' | 'about' | 'search' | null

function ShellFrame() {
  const { t, setLanguage } = useI18n()
  const host = useHost()
  const { route, navigate } = useNavigation()
  const [overlay, setOverlay] = useState<Overlay>(null)
  const [findRequest, setFindRequest] = useState(0)

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

  // In Electron the native menu's accelerators own these keys; the browser host has no menu.
  // In Electron the native menu's accelerators own Ctrl+N and Ctrl+F; Ctrl+K has no menu item.
  useGlobalShortcuts(
    {
      n: () => navigate({ name: 'newAccount' }),
      f: () => {
        navigate({ name: 'accounts' })
        setFindRequest((n) => n + 1)
      },
      k: () => setOverlay('search')
    },
    host.kind === 'electron' ? ['n', 'f'] : []
  )

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
          active={route.name === 'today'}
          onClick={() => navigate({ name: 'today' })}
        />
        <SidebarItem
          icon={<Icons.Building />}
          label={t('nav.accounts')}
          active={route.name !== 'today'}
          onClick={() => navigate({ name: 'accounts' })}
        />
        <SidebarItem icon={<Icons.Search />} label={t('search.open')} trailing={<Kbd>Ctrl K</Kbd>} onClick={() => setOverlay('search')} />
      </SidebarSection>
      <div className="app-sidebar__footer">
        <SidebarSection>
          <SidebarItem icon={<Icons.Settings />} label={t('nav.settings')} onClick={() => setOverlay('settings')} />
        </SidebarSection>
        <EditionMarker onShowAbout={() => setOverlay('about')} />
      </div>
    </>
  )

  const header = (
    <div className="app-header">
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
      <AppFrame sidebar={sidebar} header={header} sidebarLabel={t('nav.main')}>
        {route.name === 'today' && <TodayScreen />}
        {route.name === 'accounts' && <AccountsScreen findRequest={findRequest} />}
        {route.name === 'newAccount' && <AccountEditorScreen key="new" accountId={null} />}
        {route.name === 'account' && <AccountEditorScreen key={route.id} accountId={route.id} tab={route.tab} />}
      </AppFrame>
      <SettingsDialog open={overlay === 'settings'} onClose={() => setOverlay(null)} />
      <AboutDialog open={overlay === 'about'} onClose={() => setOverlay(null)} />
      <SearchDialog open={overlay === 'search'} onClose={() => setOverlay(null)} />
    </div>
  )
}

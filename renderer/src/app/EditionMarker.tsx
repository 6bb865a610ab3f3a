import { useHost } from './host'
import { useI18n } from '#i18n'
import { useTeamSync } from '#data'

/**
 * The sidebar footer's quiet status line: offline (or connected to the team server), and in the browser edition a marker that says so
 * (it differs from the desktop app: PDF through the print dialog, no automatic backups) and opens About.
 */
export function EditionMarker({ onShowAbout }: { onShowAbout(): void }) {
  const { t } = useI18n()
  const host = useHost()
  const { snapshot } = useTeamSync()
  return (
    <div className="app-sidebar__offline">
      <div>{snapshot.connection === 'connected' ? t('team.nav.connected') : t('nav.offline')}</div>
      {host.kind === 'browser' && (
        <button type="button" className="app-edition-marker" data-testid="edition-marker" title={t('edition.browser.hint')} onClick={onShowAbout}>
          {t('edition.browser')}
        </button>
      )}
    </div>
  )
}

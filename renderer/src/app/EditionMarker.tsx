import { useHost } from './host'
import { useI18n } from './i18n'

/**
 * A quiet line in the sidebar footer saying which edition this is. The browser edition differs from the
 * desktop app (PDF through the print dialog, downloads, no automatic backups); clicking opens About.
 */
export function EditionMarker({ onShowAbout }: { onShowAbout(): void }) {
  const { t } = useI18n()
  const host = useHost()
  return (
    <div className="app-sidebar__offline">
      {t('nav.offline')}
      {host.kind === 'browser' && (
        <>
          {' · '}
          <button type="button" className="app-edition-marker" data-testid="edition-marker" title={t('edition.browser.explain')} onClick={onShowAbout}>
            {t('edition.browser')}
          </button>
        </>
      )}
    </div>
  )
}

import { useDatabaseAccess } from '#data'
import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'

/**
 * Shown across the app while the database is open read-only (a newer version of the app wrote it).
 * `onRestoreSnapshot` is where restoring the last automatic snapshot goes; without it the banner points
 * to Settings, where a backup can be imported.
 */
export function ReadOnlyBanner({ onOpenSettings, onRestoreSnapshot }: { onOpenSettings: () => void; onRestoreSnapshot?: () => void }) {
  const { t } = useI18n()
  const access = useDatabaseAccess()
  if (!access.readOnly) return null
  return (
    <div className="banner banner--danger app-read-only" role="alert" data-testid="read-only-banner">
      <Icons.Alert />
      <div className="ui-stack">
        <strong>{t('safety.readOnly.title')}</strong>
        <span>{t('safety.readOnly.body')}</span>
        <div>
          {onRestoreSnapshot ? (
            <Button size="sm" onClick={onRestoreSnapshot}>
              {t('safety.readOnly.restore')}
            </Button>
          ) : (
            <Button size="sm" onClick={onOpenSettings}>
              {t('safety.readOnly.openSettings')}
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}

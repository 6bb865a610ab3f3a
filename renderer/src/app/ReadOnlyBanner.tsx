import { useDatabaseAccess } from '#data'
import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'

/**
 * Shown across the app while the database is open read-only (a newer version of the app wrote it); it
 * points to Settings, where the data can still be exported as a backup.
 */
export function ReadOnlyBanner({ onOpenSettings }: { onOpenSettings: () => void }) {
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
          <Button size="sm" onClick={onOpenSettings}>
            {t('safety.readOnly.openSettings')}
          </Button>
        </div>
      </div>
    </div>
  )
}

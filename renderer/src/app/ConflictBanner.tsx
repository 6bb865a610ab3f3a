import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'

/** "Changed elsewhere": the rep's edits stay in the form until they reload the stored version or keep theirs. */
export function ConflictBanner({ onReload, onKeepMine, message }: { onReload: () => void; onKeepMine: () => void; message?: string }) {
  const { t } = useI18n()
  return (
    <div className="banner banner--warning" role="alert" data-testid="conflict-banner">
      <Icons.Alert />
      <div className="ui-stack">
        <strong>{t('safety.conflict.title')}</strong>
        <span>{message ?? t('safety.conflict.body')}</span>
        <div className="ui-row">
          <Button size="sm" onClick={onReload}>
            {t('safety.conflict.reload')}
          </Button>
          <Button size="sm" variant="primary" onClick={onKeepMine}>
            {t('safety.conflict.keepMine')}
          </Button>
        </div>
      </div>
    </div>
  )
}

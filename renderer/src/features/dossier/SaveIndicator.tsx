import { useI18n } from '#i18n'
import { Icons, Spinner } from '#ui'
import type { SaveState } from './useAutosave'

const LABEL = { saved: 'dossier.saved', pending: 'dossier.unsaved', saving: 'dossier.saving', failed: 'dossier.saveFailed' } as const

/** The visible saved state in the page header. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useI18n()
  return (
    <span className={`save-state save-state--${state}`} data-testid="save-state" data-state={state} role="status" aria-live="polite">
      {state === 'saved' ? <Icons.CheckCircle /> : state === 'failed' ? <Icons.Alert /> : state === 'saving' ? <Spinner size="sm" /> : <span className="save-state__dot" />}
      {t(LABEL[state])}
    </span>
  )
}

import type { CaptureSuggestion } from '#shared/domain/capture'
import { useI18n } from '#i18n'
import { cx } from '#ui'
import { SuggestionItem, type PersonEdits } from './SuggestionItem'

type Props = {
  suggestions: readonly CaptureSuggestion[]
  busyKey: string | null
  onAccept: (suggestion: CaptureSuggestion, edits: PersonEdits) => void
  onDismiss: (suggestion: CaptureSuggestion) => void
  className?: string
}

/** The people a note names who are not on the map yet, under the dossier section or the visit outcome that names them. */
export function SuggestionPanel({ suggestions, busyKey, onAccept, onDismiss, className }: Props) {
  const { t } = useI18n()
  if (suggestions.length === 0) return null
  return (
    <section className={cx('capture-panel', className)} aria-label={t('dossier.capture.label')} data-testid="capture-panel">
      <div className="capture-panel__head">
        {t('dossier.capture.title', { count: suggestions.length })}
        <span className="capture-panel__hint">{t('dossier.capture.hint')}</span>
      </div>
      <ul className="capture-panel__list">
        {suggestions.map((s) => (
          <SuggestionItem key={s.key} suggestion={s} busy={busyKey === s.key} onAccept={(edits) => onAccept(s, edits)} onDismiss={() => onDismiss(s)} />
        ))}
      </ul>
    </section>
  )
}

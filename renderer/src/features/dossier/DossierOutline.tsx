import { CHANNEL_TABLE } from '#shared/domain/values'
import type { IntelChannel } from '#shared/schemas'
import { useI18n } from '#i18n'

export type OutlineEntry = { channel: IntelChannel; chars: number; findings: number; collapsed: boolean; corrupt: boolean }

/** Side outline: every section with how much it holds; click to jump there. */
export function DossierOutline({ entries, onJump }: { entries: readonly OutlineEntry[]; onJump: (channel: IntelChannel) => void }) {
  const { t } = useI18n()
  const max = Math.max(1, ...entries.map((e) => e.chars))
  return (
    <nav className="dossier-panel dossier-outline" aria-label={t('dossier.outline.title')}>
      <h2 className="dossier-panel__title">{t('dossier.outline.title')}</h2>
      <ol className="dossier-outline__list">
        {entries.map((e) => (
          <li key={e.channel}>
            <button type="button" className="dossier-outline__item" data-testid={`outline-${e.channel}`} onClick={() => onJump(e.channel)}>
              <span className="dossier-outline__name">{t(CHANNEL_TABLE[e.channel].label)}</span>
              <span className="dossier-outline__stats">
                {e.corrupt ? '⚠' : e.chars === 0 ? t('dossier.outline.empty') : t('dossier.outline.chars', { count: e.chars })}
                {e.findings > 0 && <> · {t('dossier.outline.findings', { count: e.findings })}</>}
              </span>
              <span className="dossier-outline__bar" aria-hidden="true">
                <span style={{ width: `${Math.round((e.chars / max) * 100)}%` }} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}

import type { ReactNode } from 'react'
import { CHANNEL_TABLE } from '#shared/domain/values'
import type { IntelChannel } from '#shared/schemas'
import { useI18n } from '#i18n'
import { IconButton, Icons } from '#ui'

export type SectionCardProps = {
  channel: IntelChannel
  collapsed: boolean
  summary: ReactNode
  first: boolean
  last: boolean
  onToggle: () => void
  onMove: (delta: -1 | 1) => void
  children: ReactNode
}

/** A channel's section: title, hint, how much it holds, collapse and move controls, and its editor. */
export function SectionCard({ channel, collapsed, summary, first, last, onToggle, onMove, children }: SectionCardProps) {
  const { t } = useI18n()
  const label = t(CHANNEL_TABLE[channel].label)
  return (
    <section className={collapsed ? 'dossier-section is-collapsed' : 'dossier-section'} id={`dossier-${channel}`} data-testid={`section-${channel}`} aria-labelledby={`dossier-${channel}-title`} tabIndex={-1}>
      <header className="dossier-section__header">
        <button type="button" className="dossier-section__toggle" aria-expanded={!collapsed} aria-label={t(collapsed ? 'dossier.section.expand' : 'dossier.section.collapse', { channel: label })} onClick={onToggle}>
          <Icons.ChevronDown />
        </button>
        <div className="dossier-section__titles">
          <h2 className="dossier-section__title" id={`dossier-${channel}-title`}>
            {label}
          </h2>
          <p className="dossier-section__hint">{t(CHANNEL_TABLE[channel].hint)}</p>
        </div>
        <span className="dossier-section__summary">{summary}</span>
        <div className="dossier-section__moves">
          <IconButton size="sm" label={t('dossier.section.moveUp', { channel: label })} disabled={first} onClick={() => onMove(-1)} icon={<Icons.ChevronDown className="icon-flip" />} />
          <IconButton size="sm" label={t('dossier.section.moveDown', { channel: label })} disabled={last} onClick={() => onMove(1)} icon={<Icons.ChevronDown />} />
        </div>
      </header>
      <div className="dossier-section__body" hidden={collapsed}>
        {children}
      </div>
    </section>
  )
}

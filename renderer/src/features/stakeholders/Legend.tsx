import { BUYING_ROLES, STANCES, RELATIONSHIP_KINDS } from '#shared/schemas'
import { useI18n } from '#i18n'
import { ROLE_TABLE, STANCE_TABLE, type NodeShape } from '#shared/domain/values'
import { kindLabel, roleLabel } from './labels'

const SHAPE_PATH: Record<NodeShape, string> = {
  diamond: 'M8 1 15 8 8 15 1 8z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z',
  pentagon: 'M8 1 15 6.5 12.3 15H3.7L1 6.5z',
  'round-rectangle': 'M4 1h8a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V4a3 3 0 0 1 3-3z',
  hexagon: 'M4.5 2h7L15 8l-3.5 6h-7L1 8z',
  triangle: 'M8 1 15 15H1z',
  ellipse: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z',
  rectangle: 'M1 1h14v14H1z'
}

/** What the shapes, colours, sizes, borders and line styles on the graph mean. */
export function Legend() {
  const { t } = useI18n()
  return (
    <details className="sh-legend" open>
      <summary>{t('stakeholders.legend')}</summary>
      <div className="sh-legend__grid">
        <div>
          <p className="sh-legend__head">{t('stakeholders.legend.shape')}</p>
          <ul>
            {BUYING_ROLES.map((role) => (
              <li key={role}>
                <svg viewBox="0 0 16 16" aria-hidden="true">
                  <path d={SHAPE_PATH[ROLE_TABLE[role].shape]} fill="#c7ccd6" stroke="#46505f" />
                </svg>
                {roleLabel(t, role)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="sh-legend__head">{t('stakeholders.legend.colour')}</p>
          <ul>
            {STANCES.map((s) => (
              <li key={s}>
                <span className="sh-legend__dot" style={{ background: STANCE_TABLE[s].colour }} />
                {t(STANCE_TABLE[s].label)}
              </li>
            ))}
          </ul>
          <p className="sh-legend__head">{t('stakeholders.legend.size')}</p>
          <p className="sh-legend__note">{t('stakeholders.legend.coach')}</p>
          <p className="sh-legend__note">{t('stakeholders.legend.mainLine')}</p>
          <p className="sh-legend__note">{t('stakeholders.legend.departed')}</p>
          <p className="sh-legend__note">{t('stakeholders.legend.stale')}</p>
        </div>
        <div>
          <p className="sh-legend__head">{t('stakeholders.links')}</p>
          <ul>
            {RELATIONSHIP_KINDS.map((k) => (
              <li key={k}>
                <span className={`sh-legend__line sh-legend__line--${k}`} />
                {kindLabel(t, k)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  )
}

import { BUYING_ROLES, STANCES, RELATIONSHIP_KINDS } from '#shared/schemas'
import { useI18n } from '#i18n'
import { LINK_STYLE_TABLE, ROLE_TABLE, STANCE_TABLE, linkDashArray, type LinkArrow, type NodeShape } from '#shared/domain/values'
import type { RelationshipKind } from '#shared/schemas'
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

const LINE_WIDTH = 40
const LINE_Y = 7
/** How far each end mark reaches into the sample, so the line stops at its base. */
const ARROW_LENGTH: Record<LinkArrow, number> = { none: 0, triangle: 7, vee: 7, tee: 1 }

/** The mark at one end of a line sample, its tip at `x`, pointing away from the line (`dir` is +1 at the right end). */
function ArrowMark({ shape, x, dir }: { shape: LinkArrow; x: number; dir: 1 | -1 }) {
  const back = x - dir * 7
  switch (shape) {
    case 'triangle':
      return <path d={`M${x} ${LINE_Y}L${back} ${LINE_Y - 4}V${LINE_Y + 4}z`} fill="currentColor" />
    case 'vee':
      return <path d={`M${x} ${LINE_Y}L${back} ${LINE_Y - 4.5}L${x - dir * 4.5} ${LINE_Y}L${back} ${LINE_Y + 4.5}z`} fill="currentColor" />
    case 'tee':
      return <path d={`M${x - dir} ${LINE_Y - 5}V${LINE_Y + 5}`} stroke="currentColor" strokeWidth={2} />
    default:
      return null
  }
}

/**
 * A sample of a kind's line, drawn from LINK_STYLE_TABLE as the graph draws it (same dashes, width and
 * ends), in the kind's colour from its CSS class: from the person the link is recorded from (left) to
 * the one it points to (right).
 */
function LineSample({ kind }: { kind: RelationshipKind }) {
  const link = LINK_STYLE_TABLE[kind]
  const from = 2 + ARROW_LENGTH[link.fromArrow]
  const to = LINE_WIDTH - 2 - ARROW_LENGTH[link.toArrow]
  const dash = linkDashArray(kind)
  return (
    <svg className={`sh-legend__line sh-legend__line--${kind}`} viewBox={`0 0 ${LINE_WIDTH} 14`} aria-hidden="true" data-kind={kind}>
      <line
        x1={from}
        y1={LINE_Y}
        x2={to}
        y2={LINE_Y}
        stroke="currentColor"
        strokeWidth={link.width}
        strokeLinecap={link.cap}
        {...(dash === 'none' ? {} : { strokeDasharray: dash })}
      />
      <ArrowMark shape={link.fromArrow} x={2} dir={-1} />
      <ArrowMark shape={link.toArrow} x={LINE_WIDTH - 2} dir={1} />
    </svg>
  )
}

/** A person's node with one of the marks the graph draws on it (see graph/stylesheet.ts). */
function NodeSample({ mark }: { mark: 'coach' | 'main-line' | 'aux-line' | 'departed' | 'stale' }) {
  return (
    <svg className={`sh-legend__node sh-legend__node--${mark}`} viewBox="0 0 16 16" aria-hidden="true">
      {mark === 'coach' && <circle cx="8" cy="8" r="7" className="sh-legend__ring" />}
      <circle cx="8" cy="8" r={mark === 'coach' ? 4.5 : 5.5} className="sh-legend__body" />
    </svg>
  )
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
          <ul className="sh-legend__notes">
            <li>
              <NodeSample mark="coach" />
              {t('stakeholders.legend.coach')}
            </li>
            <li>
              <NodeSample mark="main-line" />
              {t('stakeholders.legend.mainLine')}
            </li>
            <li>
              <NodeSample mark="aux-line" />
              {t('stakeholders.legend.auxLine')}
            </li>
            <li>
              <NodeSample mark="departed" />
              {t('stakeholders.legend.departed')}
            </li>
            <li>
              <NodeSample mark="stale" />
              {t('stakeholders.legend.stale', { badge: t('stakeholders.graph.staleBadge', { days: 20 }) })}
            </li>
          </ul>
        </div>
        <div>
          <p className="sh-legend__head">{t('stakeholders.links')}</p>
          <ul>
            {RELATIONSHIP_KINDS.map((k) => (
              <li key={k}>
                <LineSample kind={k} />
                {kindLabel(t, k)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  )
}

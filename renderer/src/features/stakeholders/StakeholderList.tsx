import type { CSSProperties } from 'react'
import { staleness, type ContactCadence, type StakeholderRecord } from '#shared/domain/stakeholders'
import { STANCE_TABLE } from '#shared/domain/values'
import { useI18n } from '#i18n'
import { formatList } from '#shared/i18n/translate'
import { Badge, type BadgeTone } from '#ui'
import { influenceLabel, roleLabel, stageLabel, stanceLabel } from './labels'

const STALE_TONE: Record<string, BadgeTone> = { fresh: 'success', due: 'warning', stale: 'danger', never: 'neutral' }

/** The same people as the graph, as a table: the keyboard and screen-reader way in. */
export function StakeholderList({
  people,
  selectedId,
  highlighted,
  lastContacts,
  cadence,
  now,
  onSelect
}: {
  people: StakeholderRecord[]
  selectedId: string | null
  highlighted: ReadonlySet<string>
  lastContacts: Map<string, number> | undefined
  cadence: ContactCadence | undefined
  now: number
  onSelect: ((id: string) => void) | null
}) {
  const { t, language } = useI18n()
  return (
    <section className="sh-list" aria-labelledby="sh-list-title">
      <h2 id="sh-list-title" className="sh-section__title">
        {t('stakeholders.list')}
      </h2>
      <div className="sh-list__scroll">
        <table className="data-table" data-testid="stakeholder-list">
          <caption className="ui-visually-hidden">{t('stakeholders.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stakeholders.column.name')}</th>
              <th scope="col">{t('stakeholders.column.title')}</th>
              <th scope="col">{t('stakeholders.column.roles')}</th>
              <th scope="col">{t('stakeholders.column.stance')}</th>
              <th scope="col">{t('stakeholders.column.influence')}</th>
              <th scope="col">{t('stakeholders.column.relationship')}</th>
              <th scope="col">{t('stakeholders.column.lastContact')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const departed = p.departedAt !== null
              const last = lastContacts?.get(p.id) ?? null
              const stale = cadence ? staleness(p, last, now, cadence) : null
              return (
                <tr
                  key={p.id}
                  data-testid="stakeholder-row"
                  data-id={p.id}
                  className={[selectedId === p.id ? 'is-selected' : '', highlighted.has(p.id) ? 'is-highlighted' : ''].join(' ')}
                >
                  <th scope="row">
                    {onSelect ? (
                      <button type="button" className="sh-link-button" onClick={() => onSelect(p.id)} aria-label={t('stakeholders.list.edit', { name: p.name })}>
                        {p.name}
                      </button>
                    ) : (
                      p.name
                    )}
                    {p.isCoach && !departed && <Badge tone="accent">{t('stakeholders.coach')}</Badge>}
                    {p.line !== 'none' && !departed && <Badge>{t(`stakeholders.line.${p.line}`)}</Badge>}
                    {departed && <Badge tone="danger">{t('stakeholders.departed.badge')}</Badge>}
                  </th>
                  <td>{[p.title, p.department].filter(Boolean).join(' · ')}</td>
                  <td>{formatList(language, p.roles.map((r) => roleLabel(t, r)), 'plain')}</td>
                  <td data-testid="stance">
                    <span className="sh-stance" style={{ '--sh-stance-colour': STANCE_TABLE[p.stance].colour } as CSSProperties}>
                      {stanceLabel(t, p.stance)}
                    </span>
                  </td>
                  <td>{influenceLabel(t, p.influence)}</td>
                  <td>{stageLabel(t, p.relationshipStage)}</td>
                  <td>
                    {stale && (
                      <Badge
                        tone={STALE_TONE[stale.level]}
                        title={
                          stale.days === null
                            ? t('stakeholders.lastContact.neverTitle')
                            : t('stakeholders.lastContact.title', { days: stale.days, cadence: stale.cadenceDays })
                        }
                      >
                        {stale.days === null ? t('stakeholders.lastContact.never') : t('stakeholders.lastContact.days', { days: stale.days })}
                      </Badge>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}

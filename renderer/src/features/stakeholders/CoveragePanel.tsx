import { DEFAULT_CONTACT_CADENCE, type ContactCadence, type CoverageSettings, type CoverageWarning, type StakeholderRecord } from '#shared/domain/stakeholders'
import type { PipelineStage } from '#shared/schemas'
import { useI18n } from '#i18n'
import { useState } from 'react'
import { Badge, IconButton, Icons } from '#ui'
import { CoverageSettingsDialog } from './CoverageSettingsDialog'
import { coverageWarningText } from './coverageText'

/** The coverage warnings beside the graph; hovering or focusing one highlights its people. */
export function CoveragePanel({
  warnings,
  people,
  stage,
  settings,
  cadence,
  onHighlight
}: {
  cadence: ContactCadence | undefined
  warnings: CoverageWarning[]
  people: StakeholderRecord[]
  stage: PipelineStage
  settings: CoverageSettings
  onHighlight: (ids: string[] | null) => void
}) {
  const { t, language } = useI18n()
  const [editingSettings, setEditingSettings] = useState(false)
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '?'
  return (
    <section className="sh-panel sh-coverage" aria-labelledby="sh-coverage-title" data-testid="coverage">
      <div className="sh-panel__head">
        <h2 id="sh-coverage-title" className="sh-panel__title">
          {t('stakeholders.coverage')}
        </h2>
        <div className="ui-row">
          <Badge tone={warnings.length > 0 ? 'warning' : 'success'} data-testid="coverage-count">
            {t('stakeholders.coverage.count', { count: warnings.length })}
          </Badge>
          <IconButton size="sm" label={t('stakeholders.settings')} icon={<Icons.Settings />} onClick={() => setEditingSettings(true)} />
        </div>
      </div>
      {editingSettings && <CoverageSettingsDialog settings={settings} cadence={cadence ?? DEFAULT_CONTACT_CADENCE} onClose={() => setEditingSettings(false)} />}
      {warnings.length === 0 ? (
        <p className="sh-coverage__ok">
          <Icons.CheckCircle /> {t('stakeholders.coverage.ok')}
        </p>
      ) : (
        <ul className="sh-coverage__list">
          {warnings.map((w, i) => {
            const text = coverageWarningText(t, w, { settings, stage, nameOf, language })
            return (
            <li
              key={`${w.rule}-${i}`}
              className="sh-warning"
              data-testid="coverage-warning"
              data-rule={w.rule}
              tabIndex={w.stakeholderIds.length > 0 ? 0 : undefined}
              onMouseEnter={() => w.stakeholderIds.length > 0 && onHighlight(w.stakeholderIds)}
              onMouseLeave={() => onHighlight(null)}
              onFocus={() => w.stakeholderIds.length > 0 && onHighlight(w.stakeholderIds)}
              onBlur={() => onHighlight(null)}
            >
              <Icons.Alert className="sh-warning__icon" />
              <div>
                <p className="sh-warning__title">{text.title}</p>
                <p className="sh-warning__hint">{text.hint}</p>
                {text.people && <p className="sh-warning__people">{text.people}</p>}
              </div>
            </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

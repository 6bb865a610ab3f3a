import { useMemo, useState } from 'react'
import {
  filterFindings,
  findingAge,
  needsConfirmation,
  type DossierFinding,
  type FindingFilter
} from '#shared/domain/dossier'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { INTEL_CHANNELS, type IntelChannel } from '#shared/schemas'
import { useI18n } from '#i18n'
import type { MentionPerson } from '#editor/people'
import { Badge, Button, Checkbox, SelectField } from '#ui'

export type FindingsPanelProps = {
  findings: readonly DossierFinding[]
  people: ReadonlyMap<string, MentionPerson>
  now: number
  onVerify: (finding: DossierFinding) => void
  onEdit: (finding: DossierFinding) => void
  onShow: (finding: DossierFinding) => void
}

function FindingItem({ finding, people, now, onVerify, onEdit, onShow }: Omit<FindingsPanelProps, 'findings'> & { finding: DossierFinding }) {
  const { t, formatDate, formatDay: dayOf } = useI18n()
  const age = findingAge(finding.date, now)
  const person = finding.sourceId ? people.get(finding.sourceId) : undefined
  const dateOnly = dayOf(finding.date)
  return (
    <li className={`finding-item finding-item--${age.level}`} data-testid="finding-item" data-finding-id={finding.id}>
      <button type="button" className="finding-item__text" onClick={() => onShow(finding)} title={t('dossier.findings.show')}>
        {finding.text}
      </button>
      <div className="finding-item__meta">
        <Badge tone="neutral">{t(CHANNEL_TABLE[finding.channel].label)}</Badge>
        {finding.verified ? (
          <Badge tone="success" title={finding.verifiedAt !== null ? formatDate(finding.verifiedAt) : undefined}>
            {finding.verifiedAt !== null ? t('dossier.finding.verifiedOn', { date: dayOf(finding.verifiedAt) }) : t('dossier.finding.verified')}
          </Badge>
        ) : needsConfirmation(finding) ? (
          <Badge tone="warning" title={t('dossier.finding.webBadgeHint')} data-testid="web-badge">
            {t('dossier.finding.webBadge')}
          </Badge>
        ) : (
          <Badge tone="neutral">{t('dossier.finding.unverified')}</Badge>
        )}
        <span className="finding-item__confidence">
          {t('dossier.finding.confidenceValue', { level: t(`dossier.finding.confidence.${finding.confidence}`) })}
        </span>
      </div>
      <div className="finding-item__meta finding-item__meta--muted">
        {person && <span>{person.deleted ? t('dossier.mention.removed', { name: person.name }) : person.name}</span>}
        <span>{dateOnly}</span>
        <span className={`finding-age finding-age--${age.level}`} data-testid="finding-age" title={age.level === 'fresh' ? undefined : t(`dossier.finding.ageHint.${age.level}`)}>
          {age.days === 0 ? t('dossier.finding.age.today') : t('dossier.finding.age.days', { count: age.days })}
        </span>
      </div>
      <div className="finding-item__actions">
        {!finding.verified && (
          <Button size="sm" variant="secondary" onClick={() => onVerify(finding)}>
            {t('dossier.finding.markVerified')}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={() => onEdit(finding)}>
          {t('dossier.finding.editTitle')}
        </Button>
      </div>
    </li>
  )
}

/** The account's findings, filterable by channel and by unverified. */
export function FindingsPanel(props: FindingsPanelProps) {
  const { t } = useI18n()
  const [filter, setFilter] = useState<FindingFilter>({ channel: 'all', unverifiedOnly: false })
  const shown = useMemo(() => filterFindings(props.findings, filter), [props.findings, filter])
  return (
    <section className="dossier-panel" aria-labelledby="findings-title" data-testid="findings-panel">
      <header className="dossier-panel__header">
        <h2 className="dossier-panel__title" id="findings-title">
          {t('dossier.findings.title')}
        </h2>
        <span className="ui-muted" data-testid="findings-count">
          {t('dossier.findings.count', { count: shown.length, total: props.findings.length })}
        </span>
      </header>
      <div className="dossier-panel__filters">
        <SelectField
          label={t('dossier.findings.filterChannel')}
          hideLabel
          value={filter.channel}
          onValueChange={(v) => setFilter((f) => ({ ...f, channel: v as IntelChannel | 'all' }))}
          options={[{ value: 'all', label: t('dossier.findings.allChannels') }, ...INTEL_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_TABLE[c].label) }))]}
        />
        <Checkbox label={t('dossier.findings.unverifiedOnly')} checked={filter.unverifiedOnly} onCheckedChange={(v) => setFilter((f) => ({ ...f, unverifiedOnly: v }))} />
      </div>
      {props.findings.length === 0 ? (
        <p className="dossier-panel__empty">{t('dossier.findings.none')}</p>
      ) : shown.length === 0 ? (
        <p className="dossier-panel__empty">{t('dossier.findings.noneMatch')}</p>
      ) : (
        <ul className="finding-list">
          {shown.map((f) => (
            <FindingItem key={f.id} finding={f} {...props} />
          ))}
        </ul>
      )}
    </section>
  )
}

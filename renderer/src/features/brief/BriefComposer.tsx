import { BRIEF_SECTIONS, ONE_PAGE_SECTIONS, type BriefForm, type BriefOptions } from '#shared/domain/brief'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { INTEL_CHANNELS } from '#shared/schemas/enums'
import type { Account, Stakeholder, Visit } from '#data'
import { useI18n } from '#i18n'
import { formatList } from '#shared/i18n/translate'
import { Card, Checkbox, SegmentedControl, SelectField } from '#ui'
import { NextVisitCard } from './NextVisitCard'

/**
 * Prepares the next visit (saved on the planned visit) and picks the brief's form, sections and whether
 * sensitive notes go into this export.
 */
export function BriefComposer({
  account,
  visits,
  options,
  onChange,
  stakeholders,
  excludedSensitive
}: {
  account: Account
  visits: readonly Visit[]
  options: BriefOptions
  onChange(options: BriefOptions): void
  stakeholders: readonly Stakeholder[]
  excludedSensitive: readonly string[]
}) {
  const { t, language } = useI18n()
  const set = (patch: Partial<BriefOptions>) => onChange({ ...options, ...patch })
  return (
    <div className="ui-stack brief-composer">
      <NextVisitCard account={account} visits={visits} stakeholders={stakeholders} />
      <Card title={t('brief.composer.title')}>
        <div className="ui-stack">
          <SegmentedControl<BriefForm>
            ariaLabel={t('brief.form.label')}
            value={options.form}
            onChange={(form) => set({ form })}
            options={[
              { value: 'onePage', label: t('brief.form.onePage') },
              { value: 'full', label: t('brief.form.full') }
            ]}
          />
          <SelectField
            label={t('brief.composer.paper')}
            value={options.paper}
            options={[
              { value: 'A4', label: 'A4' },
              { value: 'Letter', label: 'Letter' }
            ]}
            onChange={(e) => set({ paper: e.target.value === 'Letter' ? 'Letter' : 'A4' })}
          />
          <div className={options.includeSensitive ? 'brief-sensitive is-on' : 'brief-sensitive'}>
            <Checkbox
              label={t('brief.composer.sensitive')}
              description={t('brief.composer.sensitive.hint')}
              checked={options.includeSensitive}
              onChange={(e) => set({ includeSensitive: e.target.checked })}
            />
            <p className="brief-sensitive__status" data-testid="sensitive-status">
              {options.includeSensitive ? t('brief.composer.included') : excludedSensitive.length === 0
                ? t('brief.composer.noneExcluded')
                : t('brief.composer.excluded', { count: excludedSensitive.length, names: formatList(language, excludedSensitive) })}
            </p>
          </div>
        </div>
      </Card>
      <Card title={t('brief.composer.sections')}>
        <div className="ui-stack ui-stack--tight">
          {BRIEF_SECTIONS.map((id) => {
            const offSheet = options.form === 'onePage' && !ONE_PAGE_SECTIONS.includes(id)
            return (
              <Checkbox
                key={id}
                label={t(`brief.section.${id}`)}
                description={offSheet ? t('brief.composer.onePageOnly') : undefined}
                disabled={offSheet}
                checked={options.sections[id] && !offSheet}
                onChange={(e) => set({ sections: { ...options.sections, [id]: e.target.checked } })}
              />
            )
          })}
        </div>
      </Card>
      {options.form === 'full' && options.sections.dossier && (
        <Card title={t('brief.composer.channels')}>
          <div className="ui-stack ui-stack--tight">
            {INTEL_CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                label={t(CHANNEL_TABLE[channel].label)}
                checked={options.channels.includes(channel)}
                onChange={(e) => set({ channels: INTEL_CHANNELS.filter((c) => (c === channel ? e.target.checked : options.channels.includes(c))) })}
              />
            ))}
          </div>
        </Card>
      )}
    </div>
  )
}

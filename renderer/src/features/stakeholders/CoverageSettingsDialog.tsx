import { useState } from 'react'
import {
  COVERAGE_RULES,
  DEFAULT_CONTACT_CADENCE,
  DEFAULT_COVERAGE_SETTINGS,
  type ContactCadence,
  type CoverageSettings
} from '#shared/domain/stakeholders'
import { BUYING_ROLES } from '#shared/schemas'
import type { InfluenceLevel, RelationshipStage } from '#shared/schemas'
import { useI18n } from '#i18n'
import { useSaveContactCadence, useSaveCoverageSettings } from '#data'
import { Button, Checkbox, Dialog, SelectField, TextField, useToast } from '#ui'
import { influenceOptions, roleLabel, stageOptions } from './labels'

/** Per-rep switches and thresholds for the coverage rules. */
export function CoverageSettingsDialog({
  settings,
  cadence,
  onClose
}: {
  settings: CoverageSettings
  cadence: ContactCadence
  onClose: () => void
}) {
  const { t } = useI18n()
  const save = useSaveCoverageSettings()
  const saveCadence = useSaveContactCadence()
  const toast = useToast()
  const [draft, setDraft] = useState<CoverageSettings>(settings)
  const [days, setDays] = useState<Record<keyof ContactCadence, string>>(
    () => Object.fromEntries(Object.entries(cadence).map(([k, v]) => [k, String(v)])) as Record<keyof ContactCadence, string>
  )
  const cadenceKeys: (keyof ContactCadence)[] = ['coach', ...BUYING_ROLES, 'other']
  const cadenceLabel = (key: keyof ContactCadence) =>
    key === 'coach' ? t('stakeholders.coach') : key === 'other' ? t('stakeholders.settings.cadence.other') : roleLabel(t, key)

  async function submit() {
    const parsed = { ...cadence }
    for (const key of cadenceKeys) {
      const n = Number(days[key])
      if (Number.isInteger(n) && n > 0 && n < 1000) parsed[key] = n
    }
    await save(draft)
    await saveCadence(parsed)
    toast.show({ tone: 'success', message: t('stakeholders.settings.saved') })
    onClose()
  }

  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={t('stakeholders.settings.title')}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(DEFAULT_COVERAGE_SETTINGS)
              setDays(Object.fromEntries(Object.entries(DEFAULT_CONTACT_CADENCE).map(([k, v]) => [k, String(v)])) as Record<keyof ContactCadence, string>)
            }}
          >
            {t('stakeholders.settings.reset')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <div className="sh-settings">
        {COVERAGE_RULES.map((rule) => (
          <Checkbox
            key={rule}
            label={t(`stakeholders.coverage.${rule}`)}
            checked={draft.enabled[rule]}
            onCheckedChange={(on) => setDraft((d) => ({ ...d, enabled: { ...d.enabled, [rule]: on } }))}
          />
        ))}
        <div className="ui-grid-3">
          <SelectField
            label={t('stakeholders.settings.minThreads')}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
            value={String(draft.minThreads)}
            onValueChange={(v) => setDraft((d) => ({ ...d, minThreads: Number(v) }))}
          />
          <SelectField
            label={t('stakeholders.settings.threadStage')}
            options={stageOptions(t)}
            value={draft.threadStage}
            onValueChange={(v) => setDraft((d) => ({ ...d, threadStage: v as RelationshipStage }))}
          />
          <SelectField
            label={t('stakeholders.settings.opponentInfluence')}
            options={influenceOptions(t)}
            value={draft.opponentInfluence}
            onValueChange={(v) => setDraft((d) => ({ ...d, opponentInfluence: v as InfluenceLevel }))}
          />
        </div>
        <fieldset className="sh-fieldset sh-cadence">
          <legend>{t('stakeholders.settings.cadence')}</legend>
          <p className="ui-muted ui-small">{t('stakeholders.settings.cadence.hint')}</p>
          <div className="ui-grid-3">
            {cadenceKeys.map((key) => (
              <TextField
                key={key}
                label={cadenceLabel(key)}
                type="number"
                min={1}
                max={999}
                value={days[key]}
                onValueChange={(v) => setDays((d) => ({ ...d, [key]: v }))}
              />
            ))}
          </div>
        </fieldset>
      </div>
    </Dialog>
  )
}

import { useEffect, useState } from 'react'
import { parseNumberText, type AccountFormValues } from '#shared/domain/accountFormValues'
import { cadenceDays, type CadenceSource } from '#shared/domain/cadence'
import { BUYER_GRADE_TABLE, ORG_GRADE_TABLE, POSITIONING_TABLE } from '#shared/domain/values/accountAssessments'
import type { MessageKey } from '#shared/i18n/translate'
import { useI18n } from '#i18n'
import { NumberField } from '#ui'
import type { SetField } from './AccountEditor'

const RESULT: Record<CadenceSource, MessageKey> = {
  override: 'account.cadence.override',
  positioning: 'account.cadence.positioning',
  orgGrade: 'account.cadence.orgGrade',
  buyerGrade: 'account.cadence.buyerGrade',
  default: 'account.cadence.default'
}

/**
 * The rep's own visit rhythm, and the rhythm that results ("every 7 days, from organisation grade A"). The
 * text is kept as typed, so "1" on the way to "14" or a stray letter is not lost; the schema judges it.
 */
export function CadenceField({ values, setField, error }: { values: AccountFormValues; setField: SetField; error: string | undefined }) {
  const { t } = useI18n()
  const stored = values.cadenceOverrideDays
  const [text, setText] = useState(stored === null ? '' : String(stored))
  useEffect(() => {
    setText((current) => (sameNumber(parseNumberText(current), stored) ? current : stored === null ? '' : String(stored)))
  }, [stored])

  const override = parseNumberText(text)
  const valid = override === null || (Number.isInteger(override) && override >= 1 && override <= 365)
  const result = cadenceDays({ ...values, cadenceOverrideDays: valid ? override : null })
  const value = {
    override: '',
    positioning: values.positioning ? t(POSITIONING_TABLE[values.positioning].label) : '',
    orgGrade: values.orgGrade ? t(ORG_GRADE_TABLE[values.orgGrade].label) : '',
    buyerGrade: values.buyerGrade ? t(BUYER_GRADE_TABLE[values.buyerGrade].label) : '',
    default: ''
  }[result.source]

  return (
    <div className="ui-stack">
      <NumberField
        name="cadenceOverrideDays"
        label={t('field.cadenceOverride')}
        inputMode="numeric"
        value={text}
        hint={t('field.cadenceOverride.hint')}
        error={error}
        onChange={(e) => {
          setText(e.target.value)
          setField('cadenceOverrideDays', parseNumberText(e.target.value))
        }}
      />
      {valid && (
        <p className="ui-muted account-cadence" data-testid="account-cadence">
          {t(RESULT[result.source], { days: result.days, value })}
        </p>
      )}
    </div>
  )
}

const sameNumber = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Number.isNaN(a) && Number.isNaN(b))

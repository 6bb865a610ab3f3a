import type { AccountFormValues } from '#shared/domain/accountFormValues'
import { useI18n } from '#i18n'
import { SelectField } from '#ui'
import type { SetField } from './AccountEditor'
import { codesOf } from '#shared/domain/values/codesOf'
import { PICKERS, hintOf, optionsOf, type Picker } from './options'

/** Classification, positioning, stage, grade and tier, each with the domain guide's one-line explanation. */
export function AssessmentPickers({ values, setField }: { values: AccountFormValues; setField: SetField }) {
  const { t } = useI18n()
  return (
    <div className="ui-stack">
      {PICKERS.map((picker: Picker) => {
        const value = values[picker.field]
        return (
          <SelectField
            key={picker.field}
            name={picker.field}
            label={t(picker.label)}
            value={value ?? ''}
            placeholder={picker.optional ? t('common.notSet') : undefined}
            options={optionsOf(t, picker.table)}
            hint={value ? hintOf(t, picker.table, value) : undefined}
            onChange={(e) => {
              const codes: readonly string[] = codesOf(picker.table)
              const code = codes.find((c) => c === e.target.value)
              setField(picker.field, (code ?? (picker.optional ? null : codes[0])) as never)
            }}
          />
        )
      })}
    </div>
  )
}

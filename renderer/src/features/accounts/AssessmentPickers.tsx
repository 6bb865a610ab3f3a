import type { AccountFormValues } from '../../../../shared/domain/accountFormValues'
import { useI18n } from '../../app/i18n'
import { SelectField } from '../../ui'
import type { SetField } from './AccountEditor'
import { PICKERS, hint, label, optionsOf, type Picker } from './options'

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
            label={label(t, 'field', picker.field)}
            value={value ?? ''}
            placeholder={picker.optional ? t('common.notSet') : undefined}
            options={optionsOf(t, picker.prefix, picker.codes)}
            hint={value ? hint(t, picker.prefix, value) : undefined}
            onChange={(e) => {
              const code = (picker.codes as readonly string[]).find((c) => c === e.target.value)
              setField(picker.field, (code ?? (picker.optional ? null : picker.codes[0])) as never)
            }}
          />
        )
      })}
    </div>
  )
}

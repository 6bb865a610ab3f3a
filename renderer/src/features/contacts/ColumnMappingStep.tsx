import { CONTACT_FIELDS, type ColumnMapping, type ContactField } from '#shared/domain/contacts/csvColumns'
import { useI18n } from '#i18n'
import { SelectField } from '#ui'
import { columnOptions, fieldLabel } from './importLabels'

/** Which column holds which field, guessed from the headers and changed here; the first rows show what each pick reads. */
export function ColumnMappingStep({ headers, sample, mapping, onChange }: { headers: string[]; sample: string[][]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const { t } = useI18n()
  const options = columnOptions(t, headers)
  const example = (field: ContactField) => {
    const column = mapping[field]
    if (column === undefined) return ''
    return sample.map((row) => row[column]?.trim()).find(Boolean) ?? ''
  }
  return (
    <fieldset className="ci-mapping">
      <legend>{t('contacts.mapping.title')}</legend>
      <p className="ui-muted ui-small">{t('contacts.mapping.hint')}</p>
      <div className="ci-mapping__grid">
        {CONTACT_FIELDS.map((field) => (
          <SelectField
            key={field}
            label={fieldLabel(t, field)}
            options={options}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            hint={example(field) ? t('contacts.mapping.example', { value: example(field) }) : undefined}
            onValueChange={(value) => {
              const next = { ...mapping }
              if (value === '') delete next[field]
              else next[field] = Number(value)
              onChange(next)
            }}
          />
        ))}
      </div>
    </fieldset>
  )
}

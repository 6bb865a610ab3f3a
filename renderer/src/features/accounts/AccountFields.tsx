import type { AccountFormValues } from '#shared/domain/accountFormValues'
import { FINANCIAL_FIELDS, FINANCIAL_FIELD_LABEL } from '#shared/domain/accountFormValues'
import { Ownership } from '#shared/schemas/enums'
import { useI18n } from '#i18n'
import { Card, NumberField, SelectField, TextArea, TextField } from '#ui'
import type { SetField } from './AccountEditor'
import { ownershipOptions } from './options'

type TextKey =
  | 'industry'
  | 'address'
  | 'informationSource'
  | 'responsibleDepartment'
  | 'responsiblePerson'
  | 'responsiblePhone'
type LongTextKey = 'productLines' | 'productionTechnology' | 'creditNotes' | 'projectInfo'

interface Props {
  values: AccountFormValues
  setField: SetField
  errorText(path: string): string | undefined
}

/** The evaluation form (客户评估表): profile, responsible contact and optional financial health. */
export function AccountFields({ values, setField, errorText }: Props) {
  const { t } = useI18n()
  const text = (field: TextKey) => (
    <TextField
      key={field}
      name={field}
      label={t(`field.${field}`)}
      value={values[field]}
      error={errorText(field)}
      onChange={(e) => setField(field, e.target.value)}
    />
  )
  const longText = (field: LongTextKey) => (
    <TextArea
      key={field}
      name={field}
      label={t(`field.${field}`)}
      rows={2}
      value={values[field]}
      error={errorText(field)}
      onChange={(e) => setField(field, e.target.value)}
    />
  )

  return (
    <>
      <Card title={t('account.section.profile')}>
        <div className="ui-stack">
          <TextField
            name="name"
            label={t('field.name')}
            required
            autoFocus={values.name === ''}
            value={values.name}
            error={errorText('name')}
            onChange={(e) => setField('name', e.target.value)}
          />
          <div className="ui-grid-2">
            {text('industry')}
            <SelectField
              name="ownership"
              label={t('field.ownership')}
              value={values.ownership ?? ''}
              placeholder={t('common.notSet')}
              options={ownershipOptions(t)}
              onChange={(e) => setField('ownership', Ownership.safeParse(e.target.value).data ?? null)}
            />
            <NumberField
              name="employees"
              label={t('field.employees')}
              value={values.employees}
              error={errorText('employees')}
              onChange={(e) => setField('employees', e.target.value)}
            />
            <NumberField
              name="annualRevenue"
              label={t('field.annualRevenue')}
              value={values.annualRevenue}
              error={errorText('annualRevenue')}
              onChange={(e) => setField('annualRevenue', e.target.value)}
            />
          </div>
          {text('address')}
          {longText('productLines')}
          {longText('productionTechnology')}
          <div className="ui-grid-2">
            {text('informationSource')}
            {longText('creditNotes')}
          </div>
          {longText('projectInfo')}
        </div>
      </Card>
      <Card title={t('account.section.contact')}>
        <div className="ui-grid-3">
          {text('responsibleDepartment')}
          {text('responsiblePerson')}
          {text('responsiblePhone')}
        </div>
      </Card>
      <Card title={t('account.section.financial')}>
        <div className="ui-grid-3">
          {FINANCIAL_FIELDS.map((field) => (
            <NumberField
              key={field}
              name={`financial.${field}`}
              label={t(FINANCIAL_FIELD_LABEL[field])}
              value={values.financial[field]}
              error={errorText(`financial.${field}`)}
              onChange={(e) => setField('financial', { ...values.financial, [field]: e.target.value })}
            />
          ))}
        </div>
      </Card>
    </>
  )
}

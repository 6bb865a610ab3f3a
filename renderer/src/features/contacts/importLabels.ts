import { COVERAGE_DEPARTMENTS, type CoverageDepartment } from '#shared/domain/stakeholders'
import type { ImportLabels } from '#shared/domain/contacts/importPlan'
import type { ContactField } from '#shared/domain/contacts/csvColumns'
import type { Translate } from '#i18n'
import type { SelectOption } from '#ui'

/** The labels the import writes into people's fields, in the rep's language. */
export function importLabels(t: Translate): ImportLabels {
  return {
    address: { home: t('contacts.address.home'), work: t('contacts.address.work'), other: t('contacts.address.other') },
    department: Object.fromEntries(COVERAGE_DEPARTMENTS.map((d) => [d, t(`stakeholders.department.${d}`)])) as Record<CoverageDepartment, string>
  }
}

export const fieldLabel = (t: Translate, field: ContactField) => t(`contacts.field.${field}`)

/** The file's columns for one field's picker: "(none)" first. */
export function columnOptions(t: Translate, headers: readonly string[]): SelectOption[] {
  return [{ value: '', label: t('contacts.mapping.none') }, ...headers.map((header, index) => ({ value: String(index), label: header.trim() || t('contacts.mapping.column', { number: index + 1 }) }))]
}

/** Files the import opens: phones and mail clients write .vcf, CRMs and Excel .csv (or "Unicode text" .txt). */
export const contactFileFilters = (t: Translate) => [{ name: t('contacts.fileFilter'), extensions: ['vcf', 'csv', 'txt'] }]

/** A CSV export's header row in the rep's language, in words our own column guess reads back. */
export function csvHeaders(t: Translate) {
  return {
    name: t('contacts.field.name'),
    title: t('contacts.field.title'),
    department: t('contacts.field.department'),
    phone: t('contacts.field.phone'),
    email: t('contacts.field.email'),
    company: t('contacts.field.company')
  }
}

import type { AccountShareTable } from '#shared/domain/share/accountShare'
import { recordFieldLabelKey } from '#shared/domain/backupErrorText'
import { excerptOf } from '#shared/domain/text/excerpt'
import { formatList } from '#shared/i18n/translate'
import type { Language } from '#shared/ipc/contract'
import type { Translate } from '#i18n'

type Row = Record<string, unknown>
const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')

/** How the preview names a record: a person by name, a link by its two people, a visit by its date and objective. */
export function recordLabel(t: Translate, formatDate: (ms: number) => string, table: AccountShareTable, row: Row, nameOf: (id: unknown) => string): string {
  switch (table) {
    case 'accounts':
    case 'stakeholders':
      return text(row.name)
    case 'relationships':
      return `${nameOf(row.fromId)} → ${nameOf(row.toId)}`
    case 'dossierSections':
      return t(`dossier.channel.${String(row.channel)}` as never)
    case 'visits':
      return [typeof row.date === 'number' ? formatDate(row.date) : '', excerptOf(text(row.objective), 48)].filter(Boolean).join(' · ')
    case 'objections':
      return excerptOf(text(row.text), 48)
    case 'competitors':
      return text(row.supplier)
    case 'attachments':
      return t('share.record.photo')
    case 'stakeholderChanges':
      return t('share.record.history', { name: nameOf(row.stakeholderId) })
  }
}

/** The changed fields by their form labels; fields the rep never sees by name are counted, not named. */
export function fieldsText(t: Translate, language: Language, table: AccountShareTable, fields: readonly string[]): string {
  const named = fields.map((f) => recordFieldLabelKey(table, f)).filter((key) => key !== null)
  const others = fields.length - named.length
  const parts = [...named.map((key) => t(key)), ...(others > 0 ? [t('share.moreFields', { count: others })] : [])]
  return t('share.fields', { fields: formatList(language, parts, 'plain') })
}

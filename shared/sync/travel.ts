import { ACCOUNT_SHARE_TABLES, type AccountShareTable } from '#shared/domain/share/accountShare'
import { SENSITIVE_STAKEHOLDER_FIELDS } from '#shared/schemas/stakeholder'

/** The tables whose rows go into a shared account's document (docs/sync.md, "What travels"). Attachments' bytes stay local. */
export const SYNC_TABLES = ACCOUNT_SHARE_TABLES.filter((table) => table !== 'attachments') as Exclude<AccountShareTable, 'attachments'>[]
export type SyncTable = (typeof SYNC_TABLES)[number]

/** Fields that never leave the machine, per table; the capture side drops them, the receiving side keeps its own. */
export const LOCAL_ONLY_FIELDS: Partial<Record<SyncTable, readonly string[]>> = {
  // Sensitive notes never leave the machine; where the rep dragged a person on the map is their own view.
  stakeholders: [...SENSITIVE_STAKEHOLDER_FIELDS, 'position']
}

/** What a local-only field holds on a row that arrived from a colleague and has no local value yet. */
export const LOCAL_ONLY_DEFAULTS: Partial<Record<SyncTable, Readonly<Record<string, unknown>>>> = {
  stakeholders: { ...Object.fromEntries(SENSITIVE_STAKEHOLDER_FIELDS.map((field) => [field, ''])), position: null }
}

/**
 * Fields that travel in a document of their own rather than the account document: a dossier section's
 * text is one Yjs document per section, merged character by character (docs/sync.md, "Dossier text").
 * The receiving side keeps its own value until that document writes it.
 */
export const OWN_DOC_FIELDS: Partial<Record<SyncTable, readonly string[]>> = {
  dossierSections: ['content', 'plainText']
}

/** What an own-document field holds on a row that arrived before its document's text did. */
export const OWN_DOC_DEFAULTS: Partial<Record<SyncTable, Readonly<Record<string, unknown>>>> = {
  dossierSections: { content: null, plainText: '' }
}

/** Fields of `table` that the account document never holds: local-only ones and those with their own document. */
export function fieldsOutsideAccountDoc(table: SyncTable): readonly string[] {
  return [...(LOCAL_ONLY_FIELDS[table] ?? []), ...(OWN_DOC_FIELDS[table] ?? [])]
}

type Row = Readonly<Record<string, unknown>>

/** A row as it goes into the account document: every field but the local-only ones and the section text. */
export function travellingFields(table: SyncTable, row: Row): Record<string, unknown> {
  const outside = fieldsOutsideAccountDoc(table)
  return Object.fromEntries(Object.entries(row).filter(([field, value]) => !outside.includes(field) && value !== undefined))
}

/** JSON with every object's keys in order, so equal content always gives equal text. */
const sortedKeys = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value

/**
 * One short string for a shared account's travelling content, equal on two clients exactly when they
 * hold the same rows with the same travelling fields (row and key order do not matter). Tests and the
 * load benchmark compare clients by it; FNV-1a over a canonical JSON, not a security hash.
 */
export function syncDigest(tables: Partial<Record<SyncTable, readonly Row[]>>): string {
  const canonical = JSON.stringify(
    Object.fromEntries(SYNC_TABLES.map((table) => [table, [...(tables[table] ?? [])].map((row) => travellingFields(table, row)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))])),
    sortedKeys
  )
  let hash = 0x811c9dc5
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${hash.toString(16).padStart(8, '0')}:${canonical.length}`
}

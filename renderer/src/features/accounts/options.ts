import type { MessageKey } from '#shared/i18n/translate'
import {
  BUYER_GRADE_TABLE,
  CLASSIFICATION_TABLE,
  ORG_GRADE_TABLE,
  OWNERSHIP_TABLE,
  PIPELINE_STAGE_TABLE,
  POSITIONING_TABLE,
  PYRAMID_TIER_TABLE
} from '#shared/domain/values/accountAssessments'
import { codesOf } from '#shared/domain/values/codesOf'
import type { Translate } from '#i18n'

type ValueTable = Record<string, { label: MessageKey; hint?: MessageKey }>

/** Each picker of the account form: the field, its label, and the table of its values. */
export const PICKERS = [
  { field: 'classification', label: 'field.classification', table: CLASSIFICATION_TABLE, optional: false },
  { field: 'positioning', label: 'field.positioning', table: POSITIONING_TABLE, optional: true },
  { field: 'stage', label: 'field.stage', table: PIPELINE_STAGE_TABLE, optional: false },
  { field: 'orgGrade', label: 'field.orgGrade', table: ORG_GRADE_TABLE, optional: true },
  { field: 'buyerGrade', label: 'field.buyerGrade', table: BUYER_GRADE_TABLE, optional: true },
  { field: 'pyramidTier', label: 'field.pyramidTier', table: PYRAMID_TIER_TABLE, optional: true }
] as const satisfies readonly { field: string; label: MessageKey; table: ValueTable; optional: boolean }[]

export type Picker = (typeof PICKERS)[number]

/** Select options for every value of a table, in its order. */
export const optionsOf = (t: Translate, table: ValueTable) => codesOf(table).map((code) => ({ value: code, label: t(table[code]!.label) }))

/** The one-line explanation of a chosen value, if its table has one. */
export function hintOf(t: Translate, table: ValueTable, code: string): string | undefined {
  const key = table[code]?.hint
  return key ? t(key) : undefined
}

export const ownershipOptions = (t: Translate) => optionsOf(t, OWNERSHIP_TABLE)

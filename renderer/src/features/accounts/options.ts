import type { MessageKey } from '../../../../shared/i18n/translate'
import {
  CLASSIFICATIONS,
  ORG_GRADES,
  OWNERSHIPS,
  PIPELINE_STAGES,
  POSITIONINGS,
  PYRAMID_TIERS
} from '../../../../shared/schemas/enums'
import type { Translate } from '../../i18n'

/** Each picker: the field, its message prefix and its codes. Labels are `<prefix>.<code>`, hints `<prefix>.<code>.hint`. */
export const PICKERS = [
  { field: 'classification', prefix: 'classification', codes: CLASSIFICATIONS, optional: false },
  { field: 'positioning', prefix: 'positioning', codes: POSITIONINGS, optional: true },
  { field: 'stage', prefix: 'stage', codes: PIPELINE_STAGES, optional: false },
  { field: 'orgGrade', prefix: 'orgGrade', codes: ORG_GRADES, optional: true },
  { field: 'pyramidTier', prefix: 'pyramidTier', codes: PYRAMID_TIERS, optional: true }
] as const

export type Picker = (typeof PICKERS)[number]

export const label = (t: Translate, prefix: string, code: string) => t(`${prefix}.${code}` as MessageKey)
export const hint = (t: Translate, prefix: string, code: string) => t(`${prefix}.${code}.hint` as MessageKey)

export const optionsOf = (t: Translate, prefix: string, codes: readonly string[]) =>
  codes.map((code) => ({ value: code, label: label(t, prefix, code) }))

export const ownershipOptions = (t: Translate) => optionsOf(t, 'ownership', OWNERSHIPS)

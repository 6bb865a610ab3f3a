import type { MessageKey } from '../i18n/translate'
import { codesOf } from './values/codesOf'
import { emptyAccountDraft, type AccountDraft, type FinancialHealth } from '../schemas/account'

// The account form edits numbers as text (so a half-typed "1," or "-" is not lost); these convert between
// the stored draft and the form's values. Unparseable text becomes NaN so the schema reports "enter a number".

export const NUMBER_FIELDS = ['employees', 'annualRevenue'] as const
/** The financial-health figures, in form order, with the label each shows under. */
export const FINANCIAL_FIELD_LABEL = {
  currentRatio: 'field.currentRatio',
  netMarginPct: 'field.netMarginPct',
  returnOnAssetsPct: 'field.returnOnAssetsPct',
  collectionDays: 'field.collectionDays',
  inventoryDays: 'field.inventoryDays'
} as const satisfies Record<string, MessageKey>
export const FINANCIAL_FIELDS = codesOf(FINANCIAL_FIELD_LABEL)

type NumberField = (typeof NUMBER_FIELDS)[number]
type FinancialField = (typeof FINANCIAL_FIELDS)[number]

export type AccountFormValues = Omit<AccountDraft, NumberField | 'financial'> &
  Record<NumberField, string> & { financial: Record<FinancialField, string> }

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))

export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  if (trimmed === '') return null
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

export function toFormValues(draft: AccountDraft = emptyAccountDraft()): AccountFormValues {
  const financial = Object.fromEntries(FINANCIAL_FIELDS.map((f) => [f, numberText(draft.financial?.[f])])) as Record<FinancialField, string>
  return { ...draft, employees: numberText(draft.employees), annualRevenue: numberText(draft.annualRevenue), financial }
}

/** Produces the candidate draft; validation is the schema's job (AccountDraft.safeParse). */
export function fromFormValues(values: AccountFormValues): AccountDraft {
  const financialNumbers = Object.fromEntries(FINANCIAL_FIELDS.map((f) => [f, parseNumberText(values.financial[f])])) as FinancialHealth
  const hasFinancial = Object.values(financialNumbers).some((v) => v !== null)
  return {
    ...values,
    employees: parseNumberText(values.employees),
    annualRevenue: parseNumberText(values.annualRevenue),
    financial: hasFinancial ? financialNumbers : null
  }
}

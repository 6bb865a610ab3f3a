import { z } from './zod'
import {
  BuyerGrade,
  Classification,
  OrgGrade,
  Ownership,
  PipelineStage,
  Positioning,
  PyramidTier
} from './enums'
import { RecordMeta, longText, requiredName, shortText } from './record'

/** The qualification checklist: Standard 1 (fit and ability) and Standard 2 (access and need). */
export const QualificationAnswers = z.object({
  productFitsIndustry: z.boolean(),
  projectKnown: z.boolean(),
  technologyMatches: z.boolean(),
  goodCredit: z.boolean(),
  healthyOperations: z.boolean(),
  talksToUsingDepartment: z.boolean(),
  talksToDecisionMaker: z.boolean(),
  needConfirmed: z.boolean()
})
export type QualificationAnswers = z.infer<typeof QualificationAnswers>
export type QualificationKey = keyof QualificationAnswers

export const emptyQualification = (): QualificationAnswers => ({
  productFitsIndustry: false,
  projectKnown: false,
  technologyMatches: false,
  goodCredit: false,
  healthyOperations: false,
  talksToUsingDepartment: false,
  talksToDecisionMaker: false,
  needConfirmed: false
})

const nonNegativeInt = z
  .number({ message: 'notNumber' })
  .int({ message: 'notInteger' })
  .nonnegative({ message: 'negative' })
  .max(10_000_000, { message: 'tooLarge' })
const nonNegativeAmount = z
  .number({ message: 'notNumber' })
  .nonnegative({ message: 'negative' })
  .max(1e15, { message: 'tooLarge' })

/** Optional financial-health figures from the key-account file; percentages and days. */
export const FinancialHealth = z.object({
  currentRatio: z.number().nonnegative({ message: 'negative' }).max(1000).nullable(),
  netMarginPct: z.number().min(-1000).max(1000).nullable(),
  returnOnAssetsPct: z.number().min(-1000).max(1000).nullable(),
  collectionDays: nonNegativeInt.nullable(),
  inventoryDays: nonNegativeInt.nullable()
})
export type FinancialHealth = z.infer<typeof FinancialHealth>

/** One pipeline stage the account entered, and when. */
export const StageChange = z.object({ stage: PipelineStage, at: z.number().int().nonnegative() })
export type StageChange = z.infer<typeof StageChange>

/** What the rep edits: every field of the account except record metadata. */
export const AccountDraft = z.object({
  name: requiredName,
  industry: shortText,
  address: shortText,
  ownership: Ownership.nullable(),
  employees: nonNegativeInt.nullable(),
  annualRevenue: nonNegativeAmount.nullable(),
  productLines: longText,
  productionTechnology: longText,
  informationSource: shortText,
  creditNotes: longText,
  projectInfo: longText,
  responsibleDepartment: shortText,
  responsiblePerson: shortText,
  responsiblePhone: shortText,
  classification: Classification,
  positioning: Positioning.nullable(),
  orgGrade: OrgGrade.nullable(),
  buyerGrade: BuyerGrade.nullable().default(null),
  /** Days between visits the rep set for this account, instead of what its assessments imply. */
  cadenceOverrideDays: z.number({ message: 'notNumber' }).int({ message: 'notInteger' }).min(1, { message: 'tooSmall' }).max(365, { message: 'tooLarge' }).nullable().default(null),
  pyramidTier: PyramidTier.nullable(),
  stage: PipelineStage,
  /** Every stage the account entered, oldest first; kept by the repository, which appends when `stage` changes. */
  stageHistory: z.array(StageChange).max(500).default([]),
  qualification: QualificationAnswers,
  financial: FinancialHealth.nullable()
})
export type AccountDraft = z.infer<typeof AccountDraft>

export const Account = RecordMeta.extend(AccountDraft.shape)
export type Account = z.infer<typeof Account>

export const emptyAccountDraft = (): AccountDraft => ({
  name: '',
  industry: '',
  address: '',
  ownership: null,
  employees: null,
  annualRevenue: null,
  productLines: '',
  productionTechnology: '',
  informationSource: '',
  creditNotes: '',
  projectInfo: '',
  responsibleDepartment: '',
  responsiblePerson: '',
  responsiblePhone: '',
  classification: 'other',
  positioning: null,
  orgGrade: null,
  buyerGrade: null,
  cadenceOverrideDays: null,
  pyramidTier: null,
  stage: 'discover',
  stageHistory: [],
  qualification: emptyQualification(),
  financial: null
})

import { z } from './zod'
import { IntelChannel, ObjectionContent, ObjectionHandling, ObjectionNature, ObjectionStatus } from './enums'
import { RecordMeta, accountRef, longText, shortText } from './record'

/** One dossier section per channel; content is a serialized Lexical editor state. */
export const DossierSectionDraft = z.object({
  accountId: accountRef,
  channel: IntelChannel,
  order: z.number().int().nonnegative(),
  collapsed: z.boolean(),
  content: z.record(z.string(), z.unknown()).nullable(),
  plainText: z.string().max(1_000_000)
})
export type DossierSectionDraft = z.infer<typeof DossierSectionDraft>
export const DossierSection = RecordMeta.extend(DossierSectionDraft.shape)
export type DossierSection = z.infer<typeof DossierSection>

export const VisitDraft = z.object({
  accountId: accountRef,
  date: z.number().int().nonnegative(),
  objective: longText,
  outcome: longText,
  nextReason: longText,
  attendeeIds: z.array(z.uuid()).max(100)
})
export type VisitDraft = z.infer<typeof VisitDraft>
export const Visit = RecordMeta.extend(VisitDraft.shape)
export type Visit = z.infer<typeof Visit>

export const ObjectionDraft = z.object({
  accountId: accountRef,
  content: ObjectionContent,
  nature: ObjectionNature,
  text: longText.min(1, { message: 'required' }),
  response: longText,
  handling: ObjectionHandling.nullable(),
  status: ObjectionStatus,
  raisedById: z.uuid().nullable()
})
export type ObjectionDraft = z.infer<typeof ObjectionDraft>
export const Objection = RecordMeta.extend(ObjectionDraft.shape)
export type Objection = z.infer<typeof Objection>

export const CompetitorDraft = z.object({
  accountId: accountRef,
  brand: shortText.min(1, { message: 'required' }),
  products: longText,
  priceLevel: shortText,
  terms: shortText,
  yearsWithAccount: z.number().int().nonnegative({ message: 'negative' }).max(200).nullable(),
  weaknesses: longText
})
export type CompetitorDraft = z.infer<typeof CompetitorDraft>
export const Competitor = RecordMeta.extend(CompetitorDraft.shape)
export type Competitor = z.infer<typeof Competitor>

import { z } from './zod'
import { IntelChannel, ObjectionContent, ObjectionHandling, ObjectionNature, ObjectionStatus, VisitKind, VisitStatus } from './enums'
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

const epochMs = z.number().int().nonnegative()

/** Something to find out on the visit; once answered it can become a dossier finding (its id kept here). */
export const VisitQuestion = z.object({
  id: z.uuid(),
  text: shortText.min(1, { message: 'required' }),
  answer: longText,
  findingId: z.string().max(100).nullable()
})
export type VisitQuestion = z.infer<typeof VisitQuestion>

/** A follow-up the rep owes after the visit. `dueDate` is a calendar day (local noon), like a visit's date. */
export const VisitTask = z.object({
  id: z.uuid(),
  text: shortText.min(1, { message: 'required' }),
  dueDate: epochMs.nullable(),
  doneAt: epochMs.nullable()
})
export type VisitTask = z.infer<typeof VisitTask>

/** "HH:MM", 24-hour; null when the rep gave no time (the app never invents one). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalidTime' })

/**
 * A visit is first a plan (objective, questions, who to meet) and becomes a record when its outcome is
 * logged (`status: 'done'`). `date` is the calendar day at local noon; the time of day is separate.
 */
export const VisitDraft = z.object({
  accountId: accountRef,
  kind: VisitKind,
  status: VisitStatus,
  date: epochMs,
  time: TimeOfDay.nullable(),
  objective: longText,
  questions: z.array(VisitQuestion).max(50),
  outcome: longText,
  nextReason: longText,
  attendeeIds: z.array(z.uuid()).max(100),
  tasks: z.array(VisitTask).max(50)
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
  raisedById: z.uuid().nullable().default(null),
  /** The visit at which it was raised. */
  visitId: z.uuid().nullable().default(null),
  resolvedAt: epochMs.nullable().default(null)
})
export type ObjectionDraft = z.infer<typeof ObjectionDraft>
export const Objection = RecordMeta.extend(ObjectionDraft.shape)
export type Objection = z.infer<typeof Objection>

/** A current supplier or competitor at the account: who supplies, which brands, on what terms, where weak. */
export const CompetitorDraft = z.object({
  accountId: accountRef,
  supplier: shortText.min(1, { message: 'required' }),
  brands: shortText,
  products: longText,
  priceLevel: shortText,
  terms: shortText,
  yearsWithAccount: z.number().int().nonnegative({ message: 'negative' }).max(200).nullable(),
  /** Estimated share of the account's purchases, percent. */
  sharePct: z.number({ message: 'notNumber' }).min(0, { message: 'negative' }).max(100, { message: 'tooLarge' }).nullable(),
  weaknesses: longText
})
export type CompetitorDraft = z.infer<typeof CompetitorDraft>
export const Competitor = RecordMeta.extend(CompetitorDraft.shape)
export type Competitor = z.infer<typeof Competitor>

/** The team's answer library: agreed answers to a kind of objection, saved once, inserted and improved. */
export const ObjectionAnswerDraft = z.object({
  content: ObjectionContent,
  text: longText.min(1, { message: 'required' })
})
export type ObjectionAnswerDraft = z.infer<typeof ObjectionAnswerDraft>
export const ObjectionAnswer = RecordMeta.extend(ObjectionAnswerDraft.shape)
export type ObjectionAnswer = z.infer<typeof ObjectionAnswer>

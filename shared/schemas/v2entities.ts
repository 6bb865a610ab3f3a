import { z } from './zod'
import { RecordMeta, accountRef, shortText } from './record'

/** Photos pasted or dropped into the dossier, stored in IndexedDB as data URLs. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export const AttachmentDraft = z.object({
  accountId: accountRef,
  sectionId: z.uuid().nullable(),
  mimeType: z.enum(ATTACHMENT_TYPES),
  byteLength: z.number().int().positive().max(MAX_ATTACHMENT_BYTES, { message: 'tooLarge' }),
  dataUrl: z.string().startsWith('data:image/')
})
export type AttachmentDraft = z.infer<typeof AttachmentDraft>
export const Attachment = RecordMeta.extend(AttachmentDraft.shape)
export type Attachment = z.infer<typeof Attachment>

/** One dated change of a person's stance, influence, relationship stage, roles or departure, with its reason. */
export const STAKEHOLDER_CHANGE_FIELDS = ['stance', 'influence', 'relationshipStage', 'roles', 'departed'] as const
export const StakeholderChangeDraft = z.object({
  accountId: accountRef,
  stakeholderId: z.uuid(),
  at: z.number().int().nonnegative(),
  field: z.enum(STAKEHOLDER_CHANGE_FIELDS),
  from: z.string().max(500).nullable(),
  to: z.string().max(500).nullable(),
  reason: shortText,
  /** Dossier findings that support the change (finding ids from the dossier). */
  findingIds: z.array(z.string().max(64)).max(50)
})
export type StakeholderChangeDraft = z.infer<typeof StakeholderChangeDraft>
export const StakeholderChange = RecordMeta.extend(StakeholderChangeDraft.shape)
export type StakeholderChange = z.infer<typeof StakeholderChange>

/** Per-rep settings (e.g. coverage rules and contact cadences), one row per key, validated by its owner. */
export const SettingRow = z.object({ key: z.string().min(1).max(100), value: z.unknown(), updatedAt: z.number().int().nonnegative() })
export type SettingRow = z.infer<typeof SettingRow>

import { z } from './zod'
import { Account } from './account'
import { Competitor, DossierSection, Objection, ObjectionAnswer, Visit } from './activity'
import { Relationship, Stakeholder } from './stakeholder'
import { Attachment, SettingRow, StakeholderChange } from './v2entities'

export const BACKUP_FORMAT = 'account-atlas-backup'

/** Every table a backup carries, with the schema each row must pass. Tombstones travel too. */
export const BACKUP_TABLES = {
  accounts: Account,
  stakeholders: Stakeholder,
  relationships: Relationship,
  dossierSections: DossierSection,
  visits: Visit,
  objections: Objection,
  competitors: Competitor,
  attachments: Attachment,
  stakeholderChanges: StakeholderChange,
  objectionAnswers: ObjectionAnswer
} as const
export type BackupTable = keyof typeof BACKUP_TABLES

/**
 * 4 is the zip (backupZip/zipLayout.ts); 3, the last JSON file, carries the rep's settings (coverage
 * rules, cadences); 2 (schema v3: plans, suppliers, answer library) and 1 are still read.
 */
export const BACKUP_VERSION = 4
export const MAX_BACKUP_SETTINGS = 200

/** Set on one account's file for a colleague (not a backup): which account, and whether people's sensitive notes are in it. */
export const AccountShareInfo = z.strictObject({
  accountId: z.uuid(),
  accountName: z.string().max(200),
  sensitiveIncluded: z.boolean()
})
export type AccountShareInfo = z.infer<typeof AccountShareInfo>

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(BACKUP_VERSION)]),
  exportedAt: z.number().int().nonnegative(),
  /** Settings rows by key, each with when it was last changed; the newer of two copies wins on import. */
  settings: z.array(SettingRow).max(MAX_BACKUP_SETTINGS).default([]),
  share: AccountShareInfo.optional(),
  tables: z.object({
    accounts: z.array(Account),
    stakeholders: z.array(Stakeholder).default([]),
    relationships: z.array(Relationship).default([]),
    dossierSections: z.array(DossierSection).default([]),
    visits: z.array(Visit).default([]),
    objections: z.array(Objection).default([]),
    competitors: z.array(Competitor).default([]),
    attachments: z.array(Attachment).default([]),
    stakeholderChanges: z.array(StakeholderChange).default([]),
    objectionAnswers: z.array(ObjectionAnswer).default([])
  })
})
export type BackupFile = z.infer<typeof BackupFile>

/** A backup's tables with no rows, to fill in. */
export const emptyBackupTables = (): BackupFile['tables'] => ({
  accounts: [],
  stakeholders: [],
  relationships: [],
  dossierSections: [],
  visits: [],
  objections: [],
  competitors: [],
  attachments: [],
  stakeholderChanges: [],
  objectionAnswers: []
})

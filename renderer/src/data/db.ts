import { Dexie, type EntityTable } from 'dexie'
import type {
  Account,
  Attachment,
  SettingRow,
  StakeholderChange,
  Competitor,
  DossierSection,
  Objection,
  ObjectionAnswer,
  Relationship,
  Stakeholder,
  Visit
} from '#shared/schemas'
import type { AccountSummary } from '#shared/domain/summaries'
import { applyMigrations } from './migrations'
import { summaryUpkeep } from './summaries/upkeep'

export const DEFAULT_DB_NAME = 'account-atlas'

/**
 * The local IndexedDB database. Rows are keyed by a random UUID `id` (never auto-increment), so that
 * export, merge and a later sync do not depend on local keys.
 *
 * Only this folder touches it: components read through the live-query hooks and write through the
 * repositories. Rows read back are validated with zod (see read.ts) because the table types describe
 * what should be stored, not what an older build, an import or a manual edit left behind.
 */
export class AtlasDb extends Dexie {
  declare accounts: EntityTable<Account, 'id'>
  declare stakeholders: EntityTable<Stakeholder, 'id'>
  declare relationships: EntityTable<Relationship, 'id'>
  declare dossierSections: EntityTable<DossierSection, 'id'>
  declare visits: EntityTable<Visit, 'id'>
  declare objections: EntityTable<Objection, 'id'>
  declare objectionAnswers: EntityTable<ObjectionAnswer, 'id'>
  declare competitors: EntityTable<Competitor, 'id'>
  declare attachments: EntityTable<Attachment, 'id'>
  declare stakeholderChanges: EntityTable<StakeholderChange, 'id'>
  declare settings: EntityTable<SettingRow, 'key'>
  /** Derived, never written by screens: kept current by summaryUpkeep inside every write. */
  declare accountSummaries: EntityTable<AccountSummary, 'accountId'>

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name)
    applyMigrations(this)
    this.use(summaryUpkeep())
  }
}

/** Creates the database handle; Dexie opens it (running any pending upgrade) on the first query. */
export function openAtlasDb(name: string = DEFAULT_DB_NAME): AtlasDb {
  return new AtlasDb(name)
}

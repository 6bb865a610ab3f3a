import {
  Competitor,
  CompetitorDraft,
  DossierSection,
  DossierSectionDraft,
  ObjectionAnswer,
  ObjectionAnswerDraft,
  Relationship,
  RelationshipDraft,
  Visit,
  VisitDraft
} from '#shared/schemas'
import type { BackupFile } from '#shared/schemas/backup'
import { exportBackup, importBackup, type ImportSummary } from '../backup'
import type { ExportedZip } from '../backupWorker/backupJobs'
import { exportBackupZip, openRestore, type BackupJobOptions, type OpenRestore } from '../backupWorker/backupClient'
// With its import attribute, so Node's own ESM loader (Playwright's benchmarks and specs) can load this too.
import packageJson from '../../../../package.json' with { type: 'json' }
import type { BackupParseError } from '#shared/domain/backup'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { replaceNewerDatabase } from '../replaceNewerDatabase'
import { applyAccountFile, exportAccountFile, readAccountFile, type AccountFileRead } from '../share/accountFile'
import type { SharePlan } from '#shared/domain/share/sharePreview'
import { storedDatabaseZip } from '../upgradeSnapshot'
import type { AtlasDb } from '../db'
import { createAccountsRepository, type AccountsRepository } from './accountsRepository'
import { createEntityRepository, type EntityRepository, type RepositoryDeps } from './entityRepository'
import { createObjectionsRepository, type ObjectionsRepository } from './objectionsRepository'
import { createStakeholdersRepository, type StakeholdersRepository } from './stakeholdersRepository'


const { version } = packageJson
export { createAccountsRepository, type AccountsRepository } from './accountsRepository'
export { createStakeholdersRepository, type StakeholdersRepository } from './stakeholdersRepository'
export { createObjectionsRepository, type ObjectionsRepository } from './objectionsRepository'
export {
  createEntityRepository,
  type DraftOf,
  type EntityRepository,
  type RepositoryDeps,
  type UpdateOptions
} from './entityRepository'

export type Repositories = {
  accounts: AccountsRepository
  stakeholders: StakeholdersRepository
  relationships: EntityRepository<Relationship>
  dossierSections: EntityRepository<DossierSection>
  visits: EntityRepository<Visit>
  objections: ObjectionsRepository
  /** The team's answer library, shared across accounts. */
  objectionAnswers: EntityRepository<ObjectionAnswer>
  competitors: EntityRepository<Competitor>
  /** The whole database as a backup file, and a backup file restored, merged or in place of what is here. */
  backup: {
    exportAll(): Promise<{ backup: BackupFile; skipped: number }>
    /** The backup zip, made off the UI thread (a heavy user's book takes seconds to pack). */
    exportZip(options?: BackupJobOptions): Promise<ExportedZip>
    /** A backup file's bytes read and checked off the UI thread, with what restoring it would change; writes nothing until its session's restore. */
    openRestore(bytes: Uint8Array, options?: BackupJobOptions): Promise<OpenRestore>
    /** Merges a parsed backup record by record (the newer copy wins). */
    importAll(backup: BackupFile): Promise<ImportSummary>
    /** Every stored row as it is, whatever version wrote it, as a backup zip (null when empty). */
    storedZip(): Promise<Uint8Array | null>
    /** A backup file's bytes, checked, put in place of a database a newer version wrote; refused whole like any restore. */
    replaceNewer(bytes: Uint8Array): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: BackupParseError }>
  }
  /** One account as a file for a colleague, and a colleague's account file compared and merged in. */
  share: {
    exportAccount(accountId: string, includeSensitive: boolean): Promise<{ bytes: Uint8Array; accountName: string }>
    read(bytes: Uint8Array): Promise<AccountFileRead>
    apply(plan: SharePlan): Promise<{ keptEdited: number }>
  }
}

/** One repository per table, sharing the same clock and id source. */
export function createRepositories(db: AtlasDb, deps: RepositoryDeps = {}): Repositories {
  return {
    accounts: createAccountsRepository(db, deps),
    stakeholders: createStakeholdersRepository(db, deps),
    relationships: createEntityRepository(db.relationships, RelationshipDraft, Relationship, deps),
    dossierSections: createEntityRepository(db.dossierSections, DossierSectionDraft, DossierSection, deps),
    visits: createEntityRepository(db.visits, VisitDraft, Visit, deps),
    objections: createObjectionsRepository(db, deps),
    objectionAnswers: createEntityRepository(db.objectionAnswers, ObjectionAnswerDraft, ObjectionAnswer, deps),
    competitors: createEntityRepository(db.competitors, CompetitorDraft, Competitor, deps),
    backup: {
      exportAll: () => exportBackup(db, deps.now?.()),
      exportZip: (options) => exportBackupZip(db, deps.now?.() ?? Date.now(), version, options),
      openRestore: (bytes, options) => openRestore(db, bytes, deps.now?.() ?? Date.now(), options),
      importAll: (backup) => importBackup(db, backup),
      storedZip: () => storedDatabaseZip(db.name, version, deps.now?.()),
      replaceNewer: async (bytes) => {
        const read = readBackupFile(bytes, deps.now?.() ?? Date.now())
        return read.ok ? { ok: true, summary: await replaceNewerDatabase(db, read.backup) } : read
      }
    },
    share: {
      exportAccount: (accountId, includeSensitive) => exportAccountFile(db, accountId, { includeSensitive, now: deps.now?.(), app: version }),
      read: (bytes) => readAccountFile(db, bytes, deps.now?.() ?? Date.now()),
      apply: (plan) => applyAccountFile(db, plan)
    }
  }
}

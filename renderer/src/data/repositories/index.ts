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
import { exportBackup, importBackup, previewImport, type ImportSummary } from '../backup'
import type { BackupText } from '../backupWorker/backupText'
import { exportBackupText } from '../backupWorker/exportClient'
import type { AtlasDb } from '../db'
import { createAccountsRepository, type AccountsRepository } from './accountsRepository'
import { createEntityRepository, type EntityRepository, type RepositoryDeps } from './entityRepository'
import { createObjectionsRepository, type ObjectionsRepository } from './objectionsRepository'
import { createStakeholdersRepository, type StakeholdersRepository } from './stakeholdersRepository'

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
  /** The whole database as a backup file, and a backup merged back in record by record. */
  backup: {
    exportAll(): Promise<{ backup: BackupFile; skipped: number }>
    /** The backup file's text, made off the UI thread (a heavy user's book takes seconds to serialise). */
    exportText(): Promise<BackupText>
    importAll(backup: BackupFile): Promise<ImportSummary>
    /** What importAll would add and replace, writing nothing. */
    previewAll(backup: BackupFile): Promise<ImportSummary>
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
      exportText: () => exportBackupText(db, deps.now?.()),
      importAll: (backup) => importBackup(db, backup),
      previewAll: (backup) => previewImport(db, backup)
    }
  }
}

// Public API of the data layer. Components import from here only and never import Dexie.

export { AtlasDb, DEFAULT_DB_NAME, openAtlasDb, type DatabaseAccess } from './db'
export { DataProvider, useDatabaseAccess, useDb, useRepositories } from './DataProvider'
export { loadLanguage, loadTheme, saveLanguage, saveTheme, Theme } from './preferences'
export { useAccount, useAccounts } from './hooks'
export { getAccount, listAccounts, type AccountList, type AccountLookup } from './queries'
export { readValid } from './read'
export { ConflictError, errorMessage, InvalidStoredRecordError, ReadOnlyAccountError, ReadOnlyDatabaseError, RecordNotFoundError, ValidationError, type InvalidRecord } from './errors'
export {
  createAccountsRepository,
  createEntityRepository,
  createObjectionsRepository,
  createRepositories,
  createStakeholdersRepository,
  type AccountsRepository,
  type DraftOf,
  type EntityRepository,
  type ObjectionsRepository,
  type Repositories,
  type RepositoryDeps,
  type StakeholdersRepository,
  type UpdateOptions
} from './repositories'
export type { FieldError, FieldErrorKey } from '#shared/schemas/formErrors'
export type {
  Account,
  AccountDraft,
  Competitor,
  CompetitorDraft,
  DossierSection,
  DossierSectionDraft,
  Objection,
  ObjectionAnswer,
  ObjectionDraft,
  Relationship,
  RelationshipDraft,
  Stakeholder,
  StakeholderDraft,
  Visit,
  VisitDraft
} from '#shared/schemas'
export * from './dossier'
export * from './stakeholders'
export * from './accountRecords'
export * from './visits'
export * from './activity'
export { exportBackup, importBackup, restoreBackup, type ImportSummary } from './backup'
export { BackupCancelledError, type BackupJobOptions, type OpenRestore, type RestoreSession } from './backupWorker/backupClient'
export type { ExportedZip } from './backupWorker/backupJobs'
export { backupBeforeUpgrade } from './upgradeSnapshot'
export type { BackupPhase, BackupProgress } from './backupWorker/backupProtocol'
export * from './search'
export * from './today'
export * from './summaries'
export * from './integrity'
export * from './contacts'
export * from './share'
export * from './capture'
export * from './sync'

import { Dexie, type DBCore, type EntityTable, type Middleware } from 'dexie'
import yDexie from 'y-dexie'
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
import { ReadOnlyDatabaseError } from './errors'
import { applyMigrations, latestVersion } from './migrations'
import { summaryUpkeep } from './summaries/upkeep'
import { syncCapture, type CaptureSink } from './sync/capture'
import type { StoredSyncAccountRow, SyncDocRow } from './sync/syncRows'

export const DEFAULT_DB_NAME = 'account-atlas'

/**
 * Whether this build may write. A database whose schema version is above every version this build
 * declares was written by a newer app: its rows may hold fields this build's schemas would drop on save,
 * so it is only read.
 */
export type DatabaseAccess = { readOnly: false } | { readOnly: true; storedVersion: number; knownVersion: number }

/** Dexie stores version n as IndexedDB version 10n (plus 1 for each schema it patched itself). */
export function accessFor(nativeVersion: number, knownVersion: number = latestVersion()): DatabaseAccess {
  const storedVersion = Math.floor(nativeVersion / 10)
  return storedVersion > knownVersion ? { readOnly: true, storedVersion, knownVersion } : { readOnly: false }
}

/** Refuses every write while the database is read-only: repositories, workers, upkeep and imports alike. */
function readOnlyGuard(access: () => DatabaseAccess): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ReadOnlyGuard',
    // Above every other middleware (summary upkeep included), so a refused write reaches none of them.
    level: 100,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          return {
            ...table,
            mutate: (request) => (access().readOnly ? Promise.reject(new ReadOnlyDatabaseError()) : table.mutate(request))
          }
        }
      }
    }
  }
}

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
  declare syncDocs: EntityTable<SyncDocRow, 'id'>
  declare syncAccounts: EntityTable<StoredSyncAccountRow, 'accountId'>
  declare syncConfig: EntityTable<{ key: string; value: unknown }, 'key'>

  /** The team sync engine, once started: it receives every committed change to a shared account. */
  syncSink: CaptureSink | undefined

  /** Known once the database is open (`await db.open()`); read-only when a newer app wrote it. */
  access: DatabaseAccess = { readOnly: false }

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name, { addons: [yDexie] })
    applyMigrations(this)
    this.use(summaryUpkeep())
    this.use(syncCapture(() => this.syncSink))
    this.use(readOnlyGuard(() => this.access))
    // Dexie 4 opens a database stored at a higher version than declared (it retries without a version on
    // the VersionError) and would then write to it as if it were its own; so the stored version is read
    // here, before any queued query or write runs. Sticky: it runs again on every reopen.
    this.on('ready', () => {
      this.access = accessFor(this.backendDB().version)
    }, true)
  }
}

/** Creates the database handle; Dexie opens it (running any pending upgrade) on the first query. */
export function openAtlasDb(name: string = DEFAULT_DB_NAME): AtlasDb {
  return new AtlasDb(name)
}

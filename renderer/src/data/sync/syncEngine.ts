import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { DexieYProvider } from 'y-dexie'
import type * as Y from 'yjs'
import { accountDocName } from '#shared/sync/docName'
import { createLogger } from '#shared/log'
import { SYNC_REFUSALS } from '#shared/sync/api'
import { SYNC_TABLES, syncDigest, type SyncTable } from '#shared/sync/travel'
import type { AtlasDb } from '../db'
import { docRow, docSchemaVersion, docTables, observeRemoteRows, observeSchema, writeChanges, SYNC_SCHEMA_VERSION, type RemoteRows, type RowChange } from './accountDoc'
import type { CaptureSink } from './capture'
import { writeRemoteRows } from './remoteWriter'
import { SectionTexts, type SectionTextCodec } from './sectionTexts'
import { loadStoredDoc } from './storedDoc'
import { SyncAccountRow, type TeamConfig } from './syncRows'
import { socketUrlOf } from './teamApi'

export type ConnectionState = 'off' | 'connecting' | 'connected' | 'offline' | 'unauthorized'
/** `syncing`: connected, nothing of the rep's waiting, but the server's copy has not been taken in since connecting. */
export type AccountSyncStatus = 'synced' | 'syncing' | 'pending' | 'offline' | 'refused' | 'readOnly'

export interface AccountSyncState {
  status: AccountSyncStatus
  pending: number
  /** A colleague's value replaced, this session, a value this rep wrote without having seen it (docs/sync.md, "Conflict rules"). */
  conflictResolved: boolean
  lastSyncedAt: number | null
  refusal: SyncAccountRow['refused']
  /** Why this copy may only read the account (docs/sync.md): the rep was removed, or a newer client wrote it. */
  readOnly: SyncReadOnly | null
  /** Set when a damaged local copy was set aside and rebuilt from the server, until the rep dismisses the notice. */
  rebuilt: SyncAccountRow['rebuilt']
}

export type SyncReadOnly = 'newerClient' | 'removed'

export interface SyncSnapshot {
  connection: ConnectionState
  lastSyncAt: number | null
  accounts: Readonly<Record<string, AccountSyncState>>
}

const LOCAL = Symbol('atlas-local')
const REFUSAL_REASONS = new Set<string>([SYNC_REFUSALS.unauthorized, SYNC_REFUSALS.notMember, SYNC_REFUSALS.tooLarge])
const log = createLogger('sync')

interface OpenAccount {
  doc: Y.Doc
  provider?: HocuspocusProvider
  stopObserving: () => void
  row: SyncAccountRow
  conflictResolved: boolean
  /** Every write to or from this account's doc runs in order on this chain. */
  queue: Promise<unknown>
  /** A colleague's changed rows waiting for their turn on the queue. */
  incoming?: RemoteRows
  /** The dossier sections' text documents (only with a section text codec). */
  texts?: SectionTexts
}

export interface SyncEngineOptions {
  WebSocket?: unknown
  now?: () => number
  /** Told of a colleague's row that failed this build's schema (it is not written). */
  onRejected?: (rejected: { table: SyncTable; id: string }) => void
  /**
   * Loads what reads and seeds dossier section text documents (the editor's, which the app loads only
   * once a shared account opens, to keep Lexical out of the first chunk); without it, section text does not sync.
   */
  loadSectionText?: () => Promise<SectionTextCodec>
}

/**
 * Team sync for one database: keeps each shared account's Yjs document (persisted by y-dexie) in step
 * with its Dexie rows in both directions, always (offline edits land in the document), and connects the
 * documents to the team server only while sync is on.
 */
export class SyncEngine implements CaptureSink {
  private readonly accounts = new Map<string, OpenAccount>()
  private socket: HocuspocusProviderWebsocket | undefined
  private config: TeamConfig | undefined
  private connection: ConnectionState = 'off'
  private lastSyncAt: number | null = null
  private snapshot: SyncSnapshot = { connection: 'off', lastSyncAt: null, accounts: {} }
  private readonly listeners = new Set<() => void>()
  private readonly now: () => number

  constructor(
    private readonly db: AtlasDb,
    private readonly options: SyncEngineOptions = {}
  ) {
    this.now = options.now ?? Date.now
  }

  /** Loads every shared account's document and starts capturing their local changes. */
  async open(): Promise<void> {
    this.db.syncSink = this
    const rows = await this.db.syncAccounts.toArray()
    for (const stored of rows) {
      const parsed = SyncAccountRow.safeParse(stored)
      if (parsed.success) await this.openAccount(parsed.data)
    }
    this.publish()
  }

  isShared(accountId: string): boolean {
    return this.accounts.has(accountId)
  }

  readOnly(accountId: string): SyncReadOnly | null {
    const open = this.accounts.get(accountId)
    if (!open) return null
    if (open.row.refused === 'not-member') return 'removed'
    return docSchemaVersion(open.doc) > SYNC_SCHEMA_VERSION ? 'newerClient' : null
  }

  capture(accountId: string, changes: RowChange[]): void {
    const open = this.accounts.get(accountId)
    if (!open || docSchemaVersion(open.doc) > SYNC_SCHEMA_VERSION) return
    this.openSectionTexts(open, changes)
    const written = writeChanges(open.doc, accountId, changes, LOCAL)
    if (written.length === 0) return
    // The rep counts edits to things (a person, a visit), not the fields and timestamps one save touches.
    const rows = new Set(written.map((key) => key.split(':').slice(0, 2).join(':')))
    open.row = { ...open.row, pending: open.row.pending + rows.size }
    this.persist(open)
    this.publish()
  }

  /** Shares an account of this machine: fills its document from its rows, and connects it while sync is on. */
  share(accountId: string): Promise<void> {
    return this.addAccount(accountId, { fromRows: true })
  }

  /** Takes in an account a colleague shared: its rows arrive from the server. */
  join(accountId: string): Promise<void> {
    return this.addAccount(accountId, { fromRows: false })
  }

  private async addAccount(accountId: string, { fromRows }: { fromRows: boolean }): Promise<void> {
    if (this.accounts.has(accountId)) return
    const row: SyncAccountRow = { accountId, sharedAt: this.now(), lastSyncedAt: null, pending: 0, refused: null, clientIds: [], rebuilt: null }
    await this.db.syncAccounts.put(row)
    const open = await this.openAccount(row)
    if (fromRows) {
      const tables = await this.accountRows(accountId)
      this.capture(
        accountId,
        SYNC_TABLES.flatMap((table) => tables[table].map((r) => ({ table, row: r })))
      )
    }
    if (open) this.connectAccount(accountId, open)
    this.publish()
  }

  /** Whether dossier section text travels (the engine was given a section text codec). */
  get syncsSectionText(): boolean {
    return this.options.loadSectionText !== undefined
  }

  private codec: Promise<SectionTextCodec | undefined> | undefined
  private sectionTextCodec(): Promise<SectionTextCodec | undefined> {
    const load = this.options.loadSectionText
    if (!load) return Promise.resolve(undefined)
    this.codec ??= load().catch((error: unknown) => {
      log.warn('section text not loaded; dossier text will not sync this session', error)
      return undefined
    })
    return this.codec
  }

  /**
   * A dossier section's text document, for the section's editor, while the account is shared (and the
   * engine has a section text codec).
   */
  sectionDoc(accountId: string, sectionId: string): Promise<Y.Doc | undefined> {
    return this.accounts.get(accountId)?.texts?.doc(sectionId) ?? Promise.resolve(undefined)
  }

  /** Sections this rep created (new to the account document) get their text document seeded; removed ones stop syncing. */
  private openSectionTexts(open: OpenAccount, changes: readonly RowChange[]): void {
    if (!open.texts) return
    for (const change of changes) {
      if (change.table !== 'dossierSections') continue
      if ('removedId' in change) open.texts.close(change.removedId)
      else if (typeof change.row.id === 'string') {
        const created = docRow(open.doc, 'dossierSections', change.row.id) === undefined
        const content = (change.row.content ?? null) as Record<string, unknown> | null
        void open.texts.open(change.row.id, created ? { content } : undefined)
      }
    }
  }

  /** Connects every shared account to the team server. */
  start(config: TeamConfig): void {
    this.stop()
    if (!config.enabled) return
    this.config = config
    this.socket = new HocuspocusProviderWebsocket({
      url: socketUrlOf(config.serverUrl),
      ...(this.options.WebSocket ? { WebSocketPolyfill: this.options.WebSocket as typeof WebSocket } : {}),
      onStatus: ({ status }) => {
        // A refused token stays refused until the rep saves another one (start() again).
        if (this.connection === 'unauthorized') return
        this.setConnection(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline')
      }
    })
    this.setConnection('connecting')
    for (const [accountId, open] of this.accounts) this.connectAccount(accountId, open)
    // Back on the network: try at once rather than when the provider's backoff (up to 30 s) next fires.
    // Off it: say so at once, rather than when the socket's next message fails to arrive.
    globalThis.addEventListener?.('online', this.reconnectNow)
    globalThis.addEventListener?.('offline', this.dropNow)
  }

  private readonly reconnectNow = () => {
    void this.socket?.connect()
  }

  private readonly dropNow = () => {
    this.socket?.disconnect()
    this.setConnection('offline')
  }

  /** The team server refused the token over HTTP (before any document was opened): say so, and stop trying. */
  reportTokenRefused(): void {
    if (!this.socket) return
    this.socket.disconnect()
    this.setConnection('unauthorized')
  }

  /** Disconnects from the team server; documents and capture stay, so edits keep landing in them. */
  stop(): void {
    globalThis.removeEventListener?.('online', this.reconnectNow)
    globalThis.removeEventListener?.('offline', this.dropNow)
    for (const open of this.accounts.values()) {
      open.provider?.destroy()
      open.provider = undefined
      open.texts?.disconnect()
    }
    this.socket?.destroy()
    this.socket = undefined
    this.config = undefined
    this.setConnection('off')
  }

  /** Stops everything, for closing the database. */
  close(): void {
    this.stop()
    for (const open of this.accounts.values()) {
      open.stopObserving()
      open.texts?.closeAll()
      DexieYProvider.release(open.doc)
    }
    this.accounts.clear()
    if (this.db.syncSink === this) this.db.syncSink = undefined
  }

  /** Resolves once every queued write to and from the account's document has run. */
  async settled(accountId: string): Promise<void> {
    let queue: Promise<unknown> | undefined
    while (queue !== this.accounts.get(accountId)?.queue) {
      queue = this.accounts.get(accountId)?.queue
      await queue
    }
  }

  /** The digest of the account's travelling rows as Dexie holds them (shared/sync/travel.ts). */
  async digest(accountId: string): Promise<string> {
    return syncDigest(await this.accountRows(accountId))
  }

  /** The digest of the account's document itself, to compare with what Dexie holds. */
  docDigest(accountId: string): string | undefined {
    const open = this.accounts.get(accountId)
    return open ? syncDigest(docTables(open.doc)) : undefined
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SyncSnapshot => this.snapshot

  private async accountRows(accountId: string): Promise<Record<SyncTable, Record<string, unknown>[]>> {
    const entries = await Promise.all(
      SYNC_TABLES.map(async (table) => {
        const store = this.db.table(table)
        const rows = table === 'accounts' ? [await store.get(accountId)].filter(Boolean) : await store.where('accountId').equals(accountId).toArray()
        return [table, rows as Record<string, unknown>[]] as const
      })
    )
    return Object.fromEntries(entries) as Record<SyncTable, Record<string, unknown>[]>
  }

  private async openAccount(row: SyncAccountRow): Promise<OpenAccount | undefined> {
    const loaded = await loadStoredDoc(this.db, accountDocName(row.accountId), row.accountId)
    if (!loaded) return undefined
    const { doc, local } = loaded
    const open: OpenAccount = { doc, stopObserving: () => {}, row, conflictResolved: false, queue: Promise.resolve() }
    if (loaded.setAside) this.rebuilt(open)
    const codec = await this.sectionTextCodec()
    if (codec) {
      open.texts = new SectionTexts(
        this.db,
        row.accountId,
        codec,
        (task) => {
          open.queue = open.queue.then(task).catch((error: unknown) => log.warn('section text not written', row.accountId, error))
        },
        () => this.rebuilt(open)
      )
    }
    const stopSchema = observeSchema(doc, () => this.publish())
    const stopRows = observeRemoteRows(
      doc,
      (origin) => origin === LOCAL || origin === local,
      (client) => client === doc.clientID || open.row.clientIds.includes(client),
      (rows, conflicted) => {
        if (conflicted) open.conflictResolved = true
        for (const id of rows.get('dossierSections') ?? []) {
          if (docRow(doc, 'dossierSections', id)) void open.texts?.open(id)
          else open.texts?.close(id)
        }
        // Rows changed while a write is waiting join it: a burst of a colleague's edits is one transaction.
        if (open.incoming) {
          for (const [table, ids] of rows) open.incoming.set(table, new Set([...(open.incoming.get(table) ?? []), ...ids]))
          return
        }
        open.incoming = rows
        open.queue = open.queue
          .then(async () => {
            const batch = open.incoming ?? new Map()
            open.incoming = undefined
            const result = await writeRemoteRows(this.db, doc, batch)
            for (const rejected of result.rejected) {
              // Which row, never its content: the document keeps it; this build does not write it.
              log.warn('colleague row refused by this build’s schema', rejected.table, rejected.id)
              this.options.onRejected?.(rejected)
            }
            this.publish()
          })
          // A write that fails (a read-only database) must not stop the queue: the document keeps the rows.
          .catch((error: unknown) => log.warn('colleague rows not written', row.accountId, error))
      }
    )
    open.stopObserving = () => {
      stopSchema()
      stopRows()
    }
    if (!row.clientIds.includes(doc.clientID)) {
      // Remembered so that a conflict with an edit made here in an earlier session is still recognised.
      open.row = { ...open.row, clientIds: [...open.row.clientIds, doc.clientID].slice(-50) }
      this.persist(open)
    }
    this.accounts.set(row.accountId, open)
    // A rebuilt document knows no section until the server's copy arrives: nothing here can be told apart as made here.
    if (open.texts && !loaded.setAside) {
      const texts = open.texts
      const known = new Set(docTables(doc).dossierSections.map((section) => String(section.id)))
      const local = (await this.db.dossierSections.where('accountId').equals(row.accountId).toArray()) as { id: string; content?: Record<string, unknown> | null }[]
      // A section here that the account document does not know yet was made on this computer: its text is seeded from here.
      const opening = [...known].map((id) => texts.open(id))
      for (const section of local) if (!known.has(section.id)) opening.push(texts.open(section.id, { content: section.content ?? null }))
      await Promise.all(opening)
    }
    return open
  }

  private connectAccount(accountId: string, open: OpenAccount): void {
    if (!this.socket || !this.config || open.provider) return
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: accountDocName(accountId),
      document: open.doc,
      token: this.config.token,
      onAuthenticationFailed: ({ reason }) => this.refused(open, reason),
      // The server closes an open document when the rep is removed from the account (or the token revoked).
      onClose: ({ event }) => {
        if (REFUSAL_REASONS.has(event.reason)) this.refused(open, event.reason)
      },
      onSynced: () => {
        if (!this.confirmIfSent(open, provider)) this.publish()
      },
      onUnsyncedChanges: () => this.confirmIfSent(open, provider)
    })
    provider.attach()
    open.provider = provider
    open.texts?.connect({
      socket: this.socket,
      token: this.config.token,
      onSyncChange: () => this.confirmIfSent(open, provider),
      onAuthenticationFailed: (reason) => this.refused(open, reason),
      onRefusedClose: (reason) => {
        if (REFUSAL_REASONS.has(reason)) this.refused(open, reason)
      }
    })
  }

  /**
   * A stored document of the account could not be read and was set aside (storedDoc.ts): it fills again
   * from the server, and the rep is told that what had not reached the server since the last sync is gone.
   */
  private rebuilt(open: OpenAccount): void {
    if (open.row.rebuilt) return
    open.row = { ...open.row, pending: 0, rebuilt: { at: this.now(), lostSince: open.row.lastSyncedAt } }
    this.persist(open)
    this.publish()
  }

  /** The rep has read the notice that the account's copy was rebuilt. */
  dismissRebuilt(accountId: string): void {
    const open = this.accounts.get(accountId)
    if (!open?.row.rebuilt) return
    open.row = { ...open.row, rebuilt: null }
    this.persist(open)
    this.publish()
  }

  private refused(open: OpenAccount, reason: string): void {
    if (reason === SYNC_REFUSALS.unauthorized) this.setConnection('unauthorized')
    else open.row = { ...open.row, refused: reason === SYNC_REFUSALS.tooLarge ? 'document-too-large' : 'not-member' }
    this.persist(open)
    this.publish()
  }

  /** Everything of the account (its rows and its sections' text) has reached the server. */
  private confirmIfSent(open: OpenAccount, provider: HocuspocusProvider): boolean {
    if (open.provider !== provider || !provider.isSynced || provider.hasUnsyncedChanges || open.texts?.allSent() === false) return false
    const at = this.now()
    open.row = { ...open.row, pending: 0, lastSyncedAt: at, refused: null }
    this.lastSyncAt = at
    this.persist(open)
    this.publish()
    return true
  }

  private persist(open: OpenAccount): void {
    const row = open.row
    // A failed save of the sync state must not stop the queue; the next one writes the whole row again.
    open.queue = open.queue.then(() => this.db.syncAccounts.put(row)).catch((error: unknown) => log.warn('sync state not saved', row.accountId, error))
  }

  private setConnection(state: ConnectionState): void {
    if (this.connection === state) return
    this.connection = state
    this.publish()
  }

  private publish(): void {
    const accounts: Record<string, AccountSyncState> = {}
    for (const [id, open] of this.accounts) {
      const { row } = open
      const status: AccountSyncStatus =
        row.refused !== null
          ? 'refused'
          : docSchemaVersion(open.doc) > SYNC_SCHEMA_VERSION
            ? 'readOnly'
            : this.connection !== 'connected'
              ? 'offline'
              : row.pending > 0
                ? 'pending'
                : open.provider?.isSynced === true
                  ? 'synced'
                  : 'syncing'
      accounts[id] = { status, pending: row.pending, conflictResolved: open.conflictResolved, lastSyncedAt: row.lastSyncedAt, refusal: row.refused, readOnly: this.readOnly(id), rebuilt: row.rebuilt }
    }
    this.snapshot = { connection: this.connection, lastSyncAt: this.lastSyncAt, accounts }
    for (const listener of this.listeners) listener()
  }
}

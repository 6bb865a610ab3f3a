import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { DexieYProvider } from 'y-dexie'
import type * as Y from 'yjs'
import { checkSectionContent, extractPlainText } from '#shared/domain/dossier'
import { createLogger } from '#shared/log'
import { sectionDocName } from '#shared/sync/docName'
import type { AtlasDb } from '../db'
import { contentJsonOf } from '../dossier/dossierRepository'
import { markRemote } from './capture'
import { loadStoredDoc } from './storedDoc'

const log = createLogger('sync')

/**
 * Turns a section's text document into the Lexical state `dossierSections.content` stores, and back.
 * The data layer knows no editor: the app hands the engine one built on the dossier's own nodes.
 */
export interface SectionTextCodec {
  /** The stored form of the document's text; null while nobody has written it. */
  read(doc: Y.Doc): Record<string, unknown> | null
  /** Writes `content` (null: one empty paragraph) into a never-written document, as one update with `origin`. */
  seed(doc: Y.Doc, content: Record<string, unknown> | null, origin: unknown): void
}

const LOCAL_TEXT = Symbol('atlas-local-text')
/** The origin of updates this rep made (their editor, or a seed): they are in Dexie already, so not written back. */
export const localTextOrigin = (): object => ({ [LOCAL_TEXT]: true })
const isLocalText = (origin: unknown) => typeof origin === 'object' && origin !== null && LOCAL_TEXT in origin

/** A colleague's burst of typing is written to Dexie once it pauses this long. */
export const MATERIALIZE_DELAY_MS = 150

interface OpenSection {
  doc: Y.Doc
  provider?: HocuspocusProvider
  timer?: ReturnType<typeof setTimeout>
  stop: () => void
}

export interface SectionConnection {
  socket: HocuspocusProviderWebsocket
  token: string
  /** Any of the account's documents changed whether everything is sent. */
  onSyncChange: () => void
  onAuthenticationFailed: (reason: string) => void
  /** The server closed a document (with its reason: the rep was removed, the token revoked). */
  onRefusedClose: (reason: string) => void
}

/**
 * The text documents of one shared account's dossier sections (docs/sync.md, "Dossier text"): each
 * persisted by y-dexie, connected while sync is on, and a colleague's changes written into the
 * section's row so search, the brief and backups read Dexie only.
 */
export class SectionTexts {
  private readonly sections = new Map<string, Promise<OpenSection | undefined>>()
  private readonly opened = new Map<string, OpenSection>()
  private connection: SectionConnection | undefined

  constructor(
    private readonly db: AtlasDb,
    private readonly accountId: string,
    private readonly codec: SectionTextCodec,
    /** Runs a write on the account's queue, in order with its row writes. */
    private readonly enqueue: (task: () => Promise<unknown>) => void,
    /** Told when a section's stored text document could not be read and was set aside (storedDoc.ts). */
    private readonly onSetAside: () => void = () => {}
  ) {}

  /** The section's text document, opened (and loaded) on first use. */
  doc(sectionId: string): Promise<Y.Doc | undefined> {
    return this.open(sectionId).then((section) => section?.doc)
  }

  /** Opens the section's document; `seed` fills it when nobody has ever written it (this client created the section). */
  open(sectionId: string, seed?: { content: Record<string, unknown> | null }): Promise<OpenSection | undefined> {
    let opening = this.sections.get(sectionId)
    if (!opening) {
      opening = this.load(sectionId).catch((error: unknown) => {
        log.warn('section text not opened', sectionId, error)
        this.sections.delete(sectionId)
        return undefined
      })
      this.sections.set(sectionId, opening)
    }
    if (!seed) return opening
    return opening.then((section) => {
      if (section && this.codec.read(section.doc) === null) this.codec.seed(section.doc, seed.content, localTextOrigin())
      return section
    })
  }

  /** The section was deleted: its document stops syncing (its stored state stays until the account is unshared). */
  close(sectionId: string): void {
    const opening = this.sections.get(sectionId)
    this.sections.delete(sectionId)
    void opening?.then((section) => section && this.release(sectionId, section))
  }

  connect(connection: SectionConnection): void {
    this.connection = connection
    for (const [sectionId, section] of this.opened) this.connectOne(sectionId, section)
  }

  disconnect(): void {
    this.connection = undefined
    for (const section of this.opened.values()) {
      section.provider?.destroy()
      section.provider = undefined
    }
  }

  /** Whether every open section's changes have reached the server. */
  allSent(): boolean {
    return [...this.opened.values()].every(({ provider }) => !provider || (provider.isSynced && !provider.hasUnsyncedChanges))
  }

  closeAll(): void {
    this.disconnect()
    for (const [sectionId, section] of this.opened) this.release(sectionId, section)
    this.sections.clear()
  }

  private async load(sectionId: string): Promise<OpenSection | undefined> {
    const loaded = await loadStoredDoc(this.db, sectionDocName(this.accountId, sectionId), this.accountId)
    if (!loaded) return undefined
    if (loaded.setAside) this.onSetAside()
    const { doc } = loaded
    const section: OpenSection = { doc, stop: () => {} }
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (isLocalText(origin)) return
      clearTimeout(section.timer)
      section.timer = setTimeout(() => this.enqueue(() => this.materialize(sectionId, doc)), MATERIALIZE_DELAY_MS)
    }
    doc.on('update', onUpdate)
    section.stop = () => {
      clearTimeout(section.timer)
      doc.off('update', onUpdate)
    }
    this.opened.set(sectionId, section)
    // Text that arrived in an earlier session but was not yet written (the app closed within the pause).
    this.enqueue(() => this.materialize(sectionId, doc))
    if (this.connection) this.connectOne(sectionId, section)
    return section
  }

  private connectOne(sectionId: string, section: OpenSection): void {
    const connection = this.connection
    if (!connection || section.provider) return
    const provider = new HocuspocusProvider({
      websocketProvider: connection.socket,
      name: sectionDocName(this.accountId, sectionId),
      document: section.doc,
      token: connection.token,
      onAuthenticationFailed: ({ reason }) => connection.onAuthenticationFailed(reason),
      onClose: ({ event }) => connection.onRefusedClose(event.reason),
      onSynced: connection.onSyncChange,
      onUnsyncedChanges: connection.onSyncChange
    })
    provider.attach()
    section.provider = provider
  }

  private release(sectionId: string, section: OpenSection): void {
    section.stop()
    section.provider?.destroy()
    this.opened.delete(sectionId)
    DexieYProvider.release(section.doc)
  }

  /** Writes the document's text into the section's row when it differs; a text this build cannot store is refused, the row kept. */
  private async materialize(sectionId: string, doc: Y.Doc): Promise<void> {
    const content = this.codec.read(doc)
    if (content === null) return
    if (!checkSectionContent(content).ok) {
      log.warn('colleague section text refused by this build’s schema', sectionId)
      return
    }
    await this.db.transaction('rw', this.db.dossierSections, async (tx) => {
      markRemote(tx)
      const row = await this.db.dossierSections.get(sectionId)
      if (!row || contentJsonOf(row.content) === contentJsonOf(content)) return
      await this.db.dossierSections.put({ ...row, content, plainText: extractPlainText(content) })
    })
  }
}

import { readFileSync, existsSync } from 'node:fs'
import { Dexie } from 'dexie'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createRepositories, ReadOnlyAccountError, type AtlasDb } from '#data'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { INTEL_CHANNELS, OBJECTION_CONTENTS, OBJECTION_NATURES, OBJECTION_STATUSES } from '#shared/schemas/enums'
import { SyncEngine } from '#data/sync/syncEngine'
import { createDossierRepository } from '#data/dossier/dossierRepository'
import { dossierSectionText } from '#editor/collab/sectionText'
import { extractPlainText } from '#shared/domain/dossier'
import { $createTextNode, $getRoot, type ElementNode, type TextNode } from 'lexical'
import { teamApi } from '#data/sync/teamApi'
import * as Y from 'yjs'
import { accountDocName, sectionDocName } from '#shared/sync/docName'
import { startSyncCluster, type SyncCluster } from '../../support/syncCluster'
import { connect, settled } from '../server/helpers'
import { openSectionEditor } from '../../support/sectionTyping'

// Two reps' copies of Account Atlas (each its own IndexedDB) on two server instances of a real cluster:
// redis-server and two Hocuspocus processes on loopback sharing one SQLite file.

const CANARY = 'CANARY-7f3a-孩子高考'
const traffic: Buffer[] = []
/** The WebSocket every engine here uses: records every frame sent and received, for the canary check. */
class RecordingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols)
    this.on('message', (data: Buffer) => traffic.push(Buffer.from(data)))
  }
  override send(data: never, ...rest: never[]) {
    traffic.push(Buffer.from(data as Uint8Array))
    return (super.send as (...args: unknown[]) => void)(data, ...rest)
  }
}

let cluster: SyncCluster
const tokens: Record<string, string> = {}
beforeAll(async () => {
  cluster = await startSyncCluster({ instances: 2 })
  for (const [id, name] of [['alice', '王丽'], ['bob', 'Bob Chen'], ['carol', '陈静'], ['dave', '刘强']] as const) tokens[id] = await cluster.addUser(id, name)
}, 60_000)
afterAll(async () => {
  await cluster?.stop()
})

const opened: { db: AtlasDb; engine: SyncEngine }[] = []
afterEach(async () => {
  for (const { db, engine } of opened.splice(0)) {
    engine.close()
    db.close()
    await Dexie.delete(db.name)
  }
})

const objectionDraft = (accountId: string, text: string) => ({
  accountId, content: OBJECTION_CONTENTS[0], nature: OBJECTION_NATURES[0], text, response: '', handling: null, status: OBJECTION_STATUSES[0]
})

type Rep = Awaited<ReturnType<typeof rep>>

/** A rep's copy of the app, connected to one server instance. */
async function rep(user: string, instance: number) {
  const db = freshDb()
  const rejected: { table: string; id: string }[] = []
  const engine = new SyncEngine(db, { WebSocket: RecordingWebSocket, onRejected: (row) => rejected.push(row), loadSectionText: async () => dossierSectionText })
  await engine.open()
  opened.push({ db, engine })
  const config = { serverUrl: cluster.instances[instance]!.httpUrl, token: tokens[user]!, enabled: true }
  return { db, engine, rejected, repos: createRepositories(db), dossier: createDossierRepository(db), config, api: teamApi(config.serverUrl, config.token), online: () => engine.start(config), offline: () => engine.stop() }
}

async function converge(accountId: string, engines: SyncEngine[], limitMs = 15_000): Promise<{ digest: string; ms: number }> {
  const started = Date.now()
  for (;;) {
    await Promise.all(engines.map((engine) => engine.settled(accountId)))
    const digests = await Promise.all(engines.map((engine) => engine.digest(accountId)))
    if (digests.every((digest) => digest === digests[0]) && engines.every((engine) => engine.getSnapshot().accounts[accountId]?.status === 'synced'))
      return { digest: digests[0]!, ms: Date.now() - started }
    if (Date.now() - started > limitMs) throw new Error(`not converged after ${limitMs} ms: ${digests.join(' ')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const WAREHOUSE_NOTE = '仓库主管说五月备件会断货'
const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: texts.map((text) => ({
      type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
      children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }]
    }))
  }
})

async function waitFor(what: string, check: () => Promise<boolean>, limitMs = 15_000): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`${what}: not after ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - started
}

/** Alice's account with two people and a dossier (one section written), shared with Bob; both online, converged. */
async function sharedAccount() {
  const a = await rep('alice', 0)
  const b = await rep('bob', 1)
  const account = await a.repos.accounts.create(accountDraft({ name: '华东精密机械' }))
  const li = await a.repos.stakeholders.create(stakeholderDraft(account.id, { name: '李总', caresAbout: 'VISIBLE-交期', sensitiveNotes: CANARY }))
  const wang = await a.repos.stakeholders.create(stakeholderDraft(account.id, { name: '王工', title: '工程师' }))
  await a.dossier.ensureSections(account.id)
  const warehouse = (await a.db.dossierSections.where('accountId').equals(account.id).toArray()).find((section) => section.channel === 'warehouse')!
  await a.dossier.saveContent(warehouse.id, paragraphs(WAREHOUSE_NOTE), WAREHOUSE_NOTE)
  await shareWithBob(a, b, account.id, '华东精密机械')
  return { a, b, account, li, wang, warehouse }
}

/** Alice shares her account with Bob; both online, converged. */
async function shareWithBob(a: Rep, b: Rep, accountId: string, label: string) {
  await a.api.share(accountId, label)
  await a.api.addMember(accountId, 'bob')
  a.online()
  await a.engine.share(accountId)
  b.online()
  await b.engine.join(accountId)
  await converge(accountId, [a.engine, b.engine])
}

describe('team sync through two server instances', () => {
  it('merges offline edits by the rules of docs/sync.md: different fields both kept, one value for the same field, delete wins with the edit kept', { timeout: 60_000 }, async () => {
    const { a, b, account, li, wang } = await sharedAccount()
    expect((await b.db.stakeholders.get(li.id))?.name).toBe('李总')

    a.offline()
    b.offline()
    const liOnA = (await a.repos.stakeholders.get(li.id))!
    await a.repos.stakeholders.update(li.id, { ...liOnA, title: '总经理', stance: 'supporter' })
    await a.repos.stakeholders.softDelete(wang.id)
    const liOnB = (await b.repos.stakeholders.get(li.id))!
    await b.repos.stakeholders.update(li.id, { ...liOnB, department: '采购部', stance: 'opponent' })
    const wangOnB = (await b.repos.stakeholders.get(wang.id))!
    await b.repos.stakeholders.update(wang.id, { ...wangOnB, title: '高级工程师' })
    expect(b.engine.getSnapshot().accounts[account.id]).toMatchObject({ status: 'offline' })
    expect(b.engine.getSnapshot().accounts[account.id]!.pending).toBeGreaterThan(0)

    a.online()
    b.online()
    const { ms } = await converge(account.id, [a.engine, b.engine])
    console.log(`[team sync] offline edits on two instances converged in ${ms} ms`)
    for (const side of [a, b]) {
      const merged = (await side.db.stakeholders.get(li.id))!
      expect(merged).toMatchObject({ title: '总经理', department: '采购部' })
      const wangNow = (await side.db.stakeholders.get(wang.id))!
      expect(wangNow.deletedAt).not.toBeNull()
      expect(wangNow.title).toBe('高级工程师')
    }
    const stances = await Promise.all([a, b].map(async (side) => (await side.db.stakeholders.get(li.id))!.stance))
    expect(stances[0]).toBe(stances[1])
    // The side whose value lost was told so.
    const told = [a, b].filter((side) => side.engine.getSnapshot().accounts[account.id]!.conflictResolved)
    expect(told.length).toBeGreaterThan(0)
    // Sensitive notes stayed where they were written.
    expect((await a.db.stakeholders.get(li.id))!.sensitiveNotes).toBe(CANARY)
    expect((await b.db.stakeholders.get(li.id))!.sensitiveNotes).toBe('')
  })

  it('merges two reps typing offline in the same dossier paragraph character by character, and a rep joining later gets the text', { timeout: 60_000 }, async () => {
    const { a, b, account, warehouse } = await sharedAccount()
    const textOn = async (side: typeof a) => (await side.db.dossierSections.get(warehouse.id))?.plainText
    // Bob's copy got the section's text from its own document (the account document no longer carries it).
    await waitFor('Bob has the warehouse note', async () => (await textOn(b)) === WAREHOUSE_NOTE)

    a.offline()
    b.offline()
    const type = async (side: typeof a, change: (text: TextNode) => void) => {
      const editor = await openSectionEditor(() => side.engine.sectionDoc(account.id, warehouse.id))
      editor.edit(() => change($getRoot().getFirstDescendant() as TextNode))
      // What the dossier's autosave does with the editor's state.
      const content = editor.editor.getEditorState().toJSON() as unknown as Record<string, unknown>
      await side.dossier.saveContent(warehouse.id, content, extractPlainText(content))
      editor.close()
    }
    await type(a, (text) => text.spliceText(0, 0, '紧急：'))
    await type(b, (text) => text.spliceText(text.getTextContentSize(), 0, '（李总已确认）'))
    expect(await textOn(a)).toBe(`紧急：${WAREHOUSE_NOTE}`)
    expect(await textOn(b)).toBe(`${WAREHOUSE_NOTE}（李总已确认）`)

    a.online()
    b.online()
    const merged = `紧急：${WAREHOUSE_NOTE}（李总已确认）`
    const ms = await waitFor('both reps have both edits', async () => (await textOn(a)) === merged && (await textOn(b)) === merged)
    console.log(`[team sync] one paragraph typed offline on two instances merged in ${ms} ms`)
    await converge(account.id, [a.engine, b.engine])
    // The text documents agree with each other and with what Dexie stores.
    const docs = await Promise.all([a, b].map(async (side) => dossierSectionText.read((await side.engine.sectionDoc(account.id, warehouse.id))!)))
    expect(docs[0]).toEqual(docs[1])
    expect(extractPlainText(docs[0])).toBe(merged)

    await a.api.addMember(account.id, 'dave')
    const d = await rep('dave', 0)
    d.online()
    await d.engine.join(account.id)
    await waitFor('Dave has the merged text', async () => (await textOn(d)) === merged)
    expect((await d.db.dossierSections.where('accountId').equals(account.id).toArray()).map((section) => section.channel).sort()).toEqual(
      (await a.db.dossierSections.where('accountId').equals(account.id).toArray()).map((section) => section.channel).sort()
    )
  })

  it('makes one section per channel when two reps first open a dossier with no sections, one of them offline, and keeps what each typed', { timeout: 60_000 }, async () => {
    const a = await rep('alice', 0)
    const b = await rep('bob', 1)
    const account = await a.repos.accounts.create(accountDraft({ name: '苏州恒力泵业' }))
    await shareWithBob(a, b, account.id, '苏州恒力泵业')
    expect(await b.db.dossierSections.where('accountId').equals(account.id).count()).toBe(0)

    b.offline()
    expect(await a.dossier.ensureSections(account.id)).toBe(INTEL_CHANNELS.length)
    expect(await b.dossier.ensureSections(account.id)).toBe(INTEL_CHANNELS.length)
    const sectionsOf = async (side: Rep) => (await side.db.dossierSections.where('accountId').equals(account.id).toArray()).sort((x, y) => x.channel.localeCompare(y.channel))
    const warehouse = (await sectionsOf(b)).find((section) => section.channel === 'warehouse')!
    const editor = await openSectionEditor(() => b.engine.sectionDoc(account.id, warehouse.id))
    editor.edit(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(WAREHOUSE_NOTE)))
    const content = editor.editor.getEditorState().toJSON() as unknown as Record<string, unknown>
    await b.dossier.saveContent(warehouse.id, content, extractPlainText(content))
    editor.close()

    b.online()
    await converge(account.id, [a.engine, b.engine])
    const [onA, onB] = await Promise.all([sectionsOf(a), sectionsOf(b)])
    expect(onA.map((section) => section.channel)).toEqual([...INTEL_CHANNELS].sort())
    expect(onB.map((section) => section.id)).toEqual(onA.map((section) => section.id))
    await waitFor('Alice has what Bob typed offline', async () => (await a.db.dossierSections.get(warehouse.id))?.plainText.includes(WAREHOUSE_NOTE) === true)
  })

  it('loses nothing when the instance a rep is on is killed mid-sync and restarted, and a rep joining later gets everything from the store', { timeout: 60_000 }, async () => {
    const { a, b, account, li } = await sharedAccount()
    const killed = cluster.instances[1]!
    const edits = Array.from({ length: 20 }, (_, i) => `第${i + 1}次拜访备注`)
    for (const [i, caresAbout] of edits.entries()) {
      if (i === 5) await killed.stop('SIGKILL')
      const person = (await b.repos.stakeholders.get(li.id))!
      await b.repos.stakeholders.update(li.id, { ...person, caresAbout })
      await b.repos.objections.create(objectionDraft(account.id, `第${i + 1}个顾虑`))
    }
    await killed.start()
    const { digest } = await converge(account.id, [a.engine, b.engine], 30_000)
    expect((await a.db.stakeholders.get(li.id))!.caresAbout).toBe(edits.at(-1))

    a.offline()
    b.offline()
    await a.api.addMember(account.id, 'dave')
    const d = await rep('dave', 0)
    const statuses: string[] = []
    let docWhenFirstSynced: string | undefined
    d.engine.subscribe(() => {
      const status = d.engine.getSnapshot().accounts[account.id]?.status
      if (status !== undefined && status !== statuses.at(-1)) statuses.push(status)
      if (status === 'synced') docWhenFirstSynced ??= d.engine.docDigest(account.id)
    })
    d.online()
    await d.engine.join(account.id)
    const later = await converge(account.id, [d.engine], 30_000)
    expect(later.digest).toBe(digest)
    // Dave's badge says "Syncing…" until the server's copy is in, never "Synced" over an empty account.
    expect(statuses).toContain('syncing')
    expect(docWhenFirstSynced).toBe(a.engine.docDigest(account.id))
    expect(await d.db.stakeholders.where('accountId').equals(account.id).count()).toBe(2)
    expect(await d.db.objections.where('accountId').equals(account.id).count()).toBe(edits.length)
  })

  it('never lets a sensitive note reach the server: not its database file, not the wire', { timeout: 60_000 }, async () => {
    traffic.length = 0
    const { a, b, account } = await sharedAccount()
    await b.engine.settled(account.id)
    a.offline()
    b.offline()
    const wire = Buffer.concat(traffic)
    expect(wire.includes(Buffer.from('VISIBLE-交期'))).toBe(true)
    expect(wire.includes(Buffer.from(CANARY))).toBe(false)
    // Every instance stores its documents on SIGTERM; then the file (and its WAL) holds all there is.
    for (const instance of cluster.instances) await instance.stop('SIGTERM')
    const stored = Buffer.concat([cluster.dbFile, `${cluster.dbFile}-wal`].filter(existsSync).map((file) => readFileSync(file)))
    expect(stored.includes(Buffer.from('VISIBLE-交期'))).toBe(true)
    expect(stored.includes(Buffer.from(CANARY))).toBe(false)
    for (const instance of cluster.instances) await instance.start()
  })

  it('does not open the account for a token without membership', { timeout: 60_000 }, async () => {
    const { account } = await sharedAccount()
    const c = await rep('carol', 1)
    c.online()
    await c.engine.join(account.id)
    const deadline = Date.now() + 10_000
    while (c.engine.getSnapshot().accounts[account.id]?.status !== 'refused' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(c.engine.getSnapshot().accounts[account.id]).toMatchObject({ status: 'refused', refusal: 'not-member' })
    expect(await c.db.accounts.get(account.id)).toBeUndefined()
    await expect(c.api.members(account.id)).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('keeps a colleague’s row that fails this build’s schema out of the database, and the rep’s own row as it was', { timeout: 60_000 }, async () => {
    const { a, account, li } = await sharedAccount()
    const before = await a.db.stakeholders.get(li.id)
    // Bob's copy, but not through the app: a client writing values the schemas refuse.
    const hostile = connect(cluster.instances[1]!, accountDocName(account.id), tokens.bob!)
    await hostile.synced
    const rows = hostile.doc.getMap<Y.Map<unknown>>('rows:stakeholders')
    hostile.doc.transact(() => {
      rows.get(li.id)!.set('influence', 'enormous')
      const stranger = new Y.Map<unknown>()
      rows.set('99999999-9999-4999-8999-999999999999', stranger)
      stranger.set('name', 'x'.repeat(10_000))
    })
    await settled(hostile)
    const deadline = Date.now() + 10_000
    while (a.rejected.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    await a.engine.settled(account.id)
    hostile.destroy()
    expect(a.rejected).toEqual(expect.arrayContaining([{ table: 'stakeholders', id: li.id }, { table: 'stakeholders', id: '99999999-9999-4999-8999-999999999999' }]))
    expect(await a.db.stakeholders.get(li.id)).toEqual(before)
    expect(await a.db.stakeholders.get('99999999-9999-4999-8999-999999999999')).toBeUndefined()
  })

  it('keeps a removed member’s copy, read-only: their edits are refused, nothing is deleted', { timeout: 60_000 }, async () => {
    const { a, b, account, li } = await sharedAccount()
    await a.api.removeMember(account.id, 'bob')
    const ms = await waitFor('Bob is told he was removed', async () => b.engine.getSnapshot().accounts[account.id]?.readOnly === 'removed')
    console.log(`[team sync] a removed member's copy turned read-only ${ms} ms after the removal`)
    expect(b.engine.getSnapshot().accounts[account.id]).toMatchObject({ status: 'refused', refusal: 'not-member' })
    const kept = await b.db.stakeholders.get(li.id)
    await expect(b.repos.stakeholders.update(li.id, { ...kept!, title: '董事长' })).rejects.toBeInstanceOf(ReadOnlyAccountError)
    await expect(b.repos.objections.create(objectionDraft(account.id, '价格太高'))).rejects.toMatchObject({ reason: 'removed' })
    expect(await b.db.stakeholders.get(li.id)).toEqual(kept)
    expect(await b.db.objections.where('accountId').equals(account.id).count()).toBe(0)
    // His own unshared accounts stay his to edit.
    const own = await b.repos.accounts.create(accountDraft({ name: '自己的客户' }))
    await expect(b.repos.objections.create(objectionDraft(own.id, '交期'))).resolves.toBeDefined()
  })

  it('opens an account a newer client wrote read-only, and still takes in colleagues’ changes', { timeout: 60_000 }, async () => {
    const { a, account, li } = await sharedAccount()
    // Bob's copy, as a newer Account Atlas writes it: a higher sync schema in the document.
    const newer = connect(cluster.instances[1]!, accountDocName(account.id), tokens.bob!)
    await newer.synced
    newer.doc.getMap('meta').set('schema', 99)
    await settled(newer)
    await waitFor('Alice sees the newer schema', async () => a.engine.getSnapshot().accounts[account.id]?.readOnly === 'newerClient')
    expect(a.engine.getSnapshot().accounts[account.id]?.status).toBe('readOnly')
    const before = (await a.db.stakeholders.get(li.id))!
    await expect(a.repos.stakeholders.update(li.id, { ...before, title: '董事长' })).rejects.toMatchObject({ reason: 'newerClient' })
    expect(await a.db.stakeholders.get(li.id)).toEqual(before)
    newer.doc.getMap<Y.Map<unknown>>('rows:stakeholders').get(li.id)!.set('title', '总经理')
    await settled(newer)
    newer.destroy()
    await waitFor('the colleague’s edit arrives', async () => (await a.db.stakeholders.get(li.id))?.title === '总经理')
  })

  it('keeps a section’s stored text when a colleague’s text document holds what this build’s editor cannot read', { timeout: 60_000 }, async () => {
    const { a, account, warehouse } = await sharedAccount()
    const before = await a.db.dossierSections.get(warehouse.id)
    const hostile = connect(cluster.instances[1]!, sectionDocName(account.id, warehouse.id), tokens.bob!)
    await hostile.synced
    const root = hostile.doc.get('root', Y.XmlText)
    const stranger = new Y.XmlText()
    stranger.setAttribute('__type', 'no-such-node')
    root.insertEmbed(0, stranger)
    await settled(hostile)
    // Given time to arrive and be written (twice the pause a colleague's typing waits).
    await waitFor('the update reaches Alice', async () => (await a.engine.sectionDoc(account.id, warehouse.id))!.get('root', Y.XmlText).length > 1)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await a.engine.settled(account.id)
    hostile.destroy()
    expect(await a.db.dossierSections.get(warehouse.id)).toEqual(before)
  })

  it('goes on taking in a colleague’s changes after one write of them failed', { timeout: 60_000 }, async () => {
    const { a, b, account, li } = await sharedAccount()
    const writable = a.db.access
    // Alice's database refuses writes for a while (as when a newer build wrote it): Bob's edit reaches her document, not her rows.
    a.db.access = { readOnly: true, storedVersion: 6, knownVersion: 5 }
    const first = (await b.repos.stakeholders.get(li.id))!
    await b.repos.stakeholders.update(li.id, { ...first, title: '销售副总' })
    const deadline = Date.now() + 10_000
    while (a.engine.docDigest(account.id) !== (await b.engine.digest(account.id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    await a.engine.settled(account.id)
    expect((await a.db.stakeholders.get(li.id))?.title).not.toBe('销售副总')

    a.db.access = writable
    const second = (await b.repos.stakeholders.get(li.id))!
    await b.repos.stakeholders.update(li.id, { ...second, department: '采购部' })
    await converge(account.id, [a.engine, b.engine])
    expect(await a.db.stakeholders.get(li.id)).toMatchObject({ title: '销售副总', department: '采购部' })
  })

  it('sets a damaged local copy aside, rebuilds it from the server and says what could not be recovered', { timeout: 60_000 }, async () => {
    const { a, b, account, li, warehouse } = await sharedAccount()
    await waitFor('Bob has the warehouse text', async () => (await b.db.dossierSections.get(warehouse.id))?.plainText === WAREHOUSE_NOTE)
    const lastSynced = b.engine.getSnapshot().accounts[account.id]!.lastSyncedAt
    b.offline()
    const person = (await b.repos.stakeholders.get(li.id))!
    await b.repos.stakeholders.update(li.id, { ...person, caresAbout: 'Bob 离线时写的，未发出' })
    await b.engine.settled(account.id)
    b.engine.close()
    // The disk garbles the last update of Bob's account document.
    const updates = b.db.table<{ i: number; k: string; u: Uint8Array }, number>('$syncDocs.doc_updates')
    const garbled = Uint8Array.from({ length: 40 }, (_, i) => (i * 97 + 13) % 256)
    const last = (await updates.where('k').equals(accountDocName(account.id)).toArray()).at(-1)!
    await updates.put({ ...last, u: garbled })

    const engine = new SyncEngine(b.db, { WebSocket: RecordingWebSocket, loadSectionText: async () => dossierSectionText })
    opened.push({ db: b.db, engine })
    await engine.open()
    const state = engine.getSnapshot().accounts[account.id]!
    expect(state.rebuilt).toMatchObject({ lostSince: lastSynced })
    expect(state.pending).toBe(0)
    expect((await b.db.dossierSections.get(warehouse.id))?.plainText).toBe(WAREHOUSE_NOTE)
    expect(await b.db.syncDocs.get(`${accountDocName(account.id)}.corrupt`)).toBeDefined()
    expect((await updates.where('k').equals(`${accountDocName(account.id)}.corrupt`).toArray()).some((update) => update.u.length === garbled.length)).toBe(true)

    engine.start(b.config)
    await engine.sectionDoc(account.id, warehouse.id)
    const { digest } = await converge(account.id, [a.engine, engine])
    expect(digest).toBe(await a.engine.digest(account.id))
    expect((await b.db.stakeholders.get(li.id))?.caresAbout).toBe('VISIBLE-交期')
    // The section text travels in its own document, written into Dexie a moment after it arrives.
    await waitFor('Bob has the warehouse text', async () => (await b.db.dossierSections.get(warehouse.id))?.plainText === WAREHOUSE_NOTE)

    // The rebuilt copy goes on syncing, and the notice stays until Bob dismisses it.
    const onA = (await a.repos.stakeholders.get(li.id))!
    await a.repos.stakeholders.update(li.id, { ...onA, title: '常务副总' })
    await converge(account.id, [a.engine, engine])
    expect((await b.db.stakeholders.get(li.id))?.title).toBe('常务副总')
    engine.dismissRebuilt(account.id)
    await engine.settled(account.id)
    expect(engine.getSnapshot().accounts[account.id]!.rebuilt).toBeNull()
    expect((await b.db.syncAccounts.get(account.id))?.rebuilt).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { INTEL_CHANNELS, MAX_ATTACHMENT_BYTES } from '#shared/schemas'
import { ValidationError } from '../errors'
import { createRepositories } from '../repositories'
import { accountDraft, fakeClock, freshDb, stakeholderDraft } from '../testSupport'
import { createDossierRepository } from './dossierRepository'
import { listAccountPeople, listDossierSections } from './dossierQueries'
import { journalWrite } from './unsavedJournal'

const paragraphState = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }]
  }
})

async function setup() {
  const db = freshDb()
  const clock = fakeClock()
  const repos = createRepositories(db, { now: clock.now })
  const account = await repos.accounts.create(accountDraft())
  const dossier = createDossierRepository(db, { now: clock.now })
  return { db, repos, account, dossier }
}

describe('dossier sections', () => {
  it('creates one section per channel in the default order, and never twice', async () => {
    const { db, account, dossier } = await setup()
    await Promise.all([dossier.ensureSections(account.id), dossier.ensureSections(account.id)])
    expect(await dossier.ensureSections(account.id)).toBe(0)
    const { sections, corrupt } = await listDossierSections(db, account.id)
    expect(sections.map((s) => s.channel)).toEqual([...INTEL_CHANNELS])
    expect(corrupt).toEqual([])
  })

  it('gives the same account the same section ids on two machines, and another account other ids', async () => {
    const one = await setup()
    const other = await setup()
    const elsewhere = createDossierRepository(other.db)
    await other.db.accounts.put({ ...(await one.repos.accounts.get(one.account.id))! })
    await Promise.all([one.dossier.ensureSections(one.account.id), elsewhere.ensureSections(one.account.id), other.dossier.ensureSections(other.account.id)])
    const ids = async (db: typeof one.db, accountId: string) => (await listDossierSections(db, accountId)).sections.map((s) => s.id)
    const here = await ids(one.db, one.account.id)
    expect(await ids(other.db, one.account.id)).toEqual(here)
    expect(new Set([...here, ...(await ids(other.db, other.account.id))]).size).toBe(2 * INTEL_CHANNELS.length)
  })

  it('saves content and plain text, and keeps order and collapsed state', async () => {
    const { db, account, dossier } = await setup()
    await dossier.ensureSections(account.id)
    const { sections } = await listDossierSections(db, account.id)
    const [gate, warehouse] = sections
    await dossier.saveContent(gate!.id, paragraphState('门卫说老板姓王'), '门卫说老板姓王')
    await dossier.setCollapsed(warehouse!.id, true)
    await dossier.setOrder([warehouse!.id, gate!.id, ...sections.slice(2).map((s) => s.id)])
    const after = (await listDossierSections(db, account.id)).sections
    expect(after.slice(0, 2).map((s) => [s.channel, s.collapsed, s.plainText])).toEqual([
      ['warehouse', true, ''],
      ['gatekeeper', false, '门卫说老板姓王']
    ])
    expect(after[1]!.content).toEqual(paragraphState('门卫说老板姓王'))
  })

  it('refuses to save content the editor could not open again', async () => {
    const { db, account, dossier } = await setup()
    await dossier.ensureSections(account.id)
    const [gate] = (await listDossierSections(db, account.id)).sections
    await expect(dossier.saveContent(gate!.id, { root: { type: 'root', children: [{ type: 'video' }] } }, '')).rejects.toBeInstanceOf(ValidationError)
    expect((await listDossierSections(db, account.id)).sections[0]!.content).toBeNull()
  })

  it('reports corrupt saved JSON without losing the other sections, and can start that section again', async () => {
    const { db, account, dossier } = await setup()
    await dossier.ensureSections(account.id)
    const { sections } = await listDossierSections(db, account.id)
    const [gate, warehouse, production] = sections
    await dossier.saveContent(gate!.id, paragraphState('keep me'), 'keep me')
    // What an older build or a manual edit might leave behind: an unknown node type, and a row missing a field.
    await db.dossierSections.update(warehouse!.id, { content: { root: { type: 'root', children: [{ type: 'youtube' }] } } })
    await db.dossierSections.update(production!.id, { order: -3 })
    const read = await listDossierSections(db, account.id)
    expect(read.sections.map((s) => s.channel)).toEqual(INTEL_CHANNELS.filter((c) => c !== 'warehouse' && c !== 'production'))
    expect(read.sections[0]!.plainText).toBe('keep me')
    expect(read.corrupt.map((c) => c.channel).sort()).toEqual(['production', 'warehouse'])
    expect(read.corrupt.find((c) => c.channel === 'warehouse')!.reason).toContain('youtube')
    // The damaged row is untouched until the rep chooses to start it again.
    expect((await db.dossierSections.get(warehouse!.id))!.content).toEqual({ root: { type: 'root', children: [{ type: 'youtube' }] } })
    await dossier.resetSection(warehouse!.id)
    expect((await listDossierSections(db, account.id)).corrupt.map((c) => c.channel)).toEqual(['production'])
  })
})

describe('attachments and people', () => {
  it('stores a photo under the cap and refuses one above it', async () => {
    const { account, dossier, db } = await setup()
    const photo = await dossier.addAttachment({ accountId: account.id, sectionId: null, mimeType: 'image/png', byteLength: 10, dataUrl: 'data:image/png;base64,AAAA' })
    expect((await db.attachments.get(photo.id))!.dataUrl).toBe('data:image/png;base64,AAAA')
    const tooBig = dossier.addAttachment({ accountId: account.id, sectionId: null, mimeType: 'image/png', byteLength: MAX_ATTACHMENT_BYTES + 1, dataUrl: 'data:image/png;base64,AAAA' })
    await expect(tooBig).rejects.toMatchObject({ fieldErrors: { byteLength: { key: 'validation.tooLarge' } } })
  })

  it('lists the account people including soft-deleted ones', async () => {
    const { db, repos, account } = await setup()
    const a = await repos.stakeholders.create(stakeholderDraft(account.id, { name: '王经理' }))
    const b = await repos.stakeholders.create(stakeholderDraft(account.id, { name: '李总' }))
    await repos.stakeholders.softDelete(b.id)
    const people = await listAccountPeople(db, account.id)
    expect(people.map((p) => [p.id, p.deletedAt !== null]).sort()).toEqual([[a.id, false], [b.id, true]].sort())
  })
})

describe('unsaved safety copies', () => {
  it('replays a copy newer than the stored row and drops one the database already has', async () => {
    const store = new Map<string, string>()
    const fake = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k)
    }
    Object.defineProperty(globalThis, 'localStorage', { value: fake, configurable: true })
    try {
      const { db, account, dossier } = await setup()
      await dossier.ensureSections(account.id)
      const [gate, warehouse] = (await listDossierSections(db, account.id)).sections
      // The window closed while these saves were in flight: one reached the database, one did not.
      journalWrite({ sectionId: gate!.id, content: paragraphState('typed before reload'), plainText: 'typed before reload', at: gate!.updatedAt + 10_000 })
      await dossier.saveContent(warehouse!.id, paragraphState('landed'), 'landed')
      journalWrite({ sectionId: warehouse!.id, content: paragraphState('older copy'), plainText: 'older copy', at: 0 })
      expect(await dossier.recoverUnsaved(account.id)).toEqual([gate!.id])
      const after = (await listDossierSections(db, account.id)).sections
      expect(after.find((s) => s.id === gate!.id)!.plainText).toBe('typed before reload')
      expect(after.find((s) => s.id === warehouse!.id)!.plainText).toBe('landed')
      expect(store.size).toBe(0)
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage
    }
  })
})

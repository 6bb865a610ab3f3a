import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { AtlasDb } from '../db'
import { createDossierRepository } from '../dossier'
import { ConflictError } from '../errors'
import { createStakeholderMapRepository } from '../stakeholders/mapRepository'
import { accountDraft, stakeholderDraft } from '../testSupport'
import { createRepositories } from '.'

const names: string[] = []
const handles: AtlasDb[] = []
afterEach(async () => {
  for (const db of handles.splice(0)) db.close()
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

/** Two windows: two handles on one database, each with its own repositories. */
function twoWindows() {
  const name = `atlas-windows-${globalThis.crypto.randomUUID()}`
  names.push(name)
  const a = new AtlasDb(name)
  const b = new AtlasDb(name)
  handles.push(a, b)
  return { a, b }
}

const paragraph = (words: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: words, detail: 0, format: 0, mode: 'normal', style: '' }] }] }
})

describe('saves from two windows on one account', () => {
  it('refuses the save based on the older version, keeps the other window’s, and saves over it only when asked', async () => {
    const { a, b } = twoWindows()
    const first = createRepositories(a)
    const second = createRepositories(b)
    const opened = await first.accounts.create(accountDraft({ name: '华东精密', industry: '机床' }))
    // Both windows show the account as stored now.
    const seenBySecond = await second.accounts.get(opened.id)

    const saved = await first.accounts.update(opened.id, accountDraft({ name: '华东精密机械', industry: '机床' }), { basedOn: opened.updatedAt })
    const refused = await second.accounts
      .update(opened.id, accountDraft({ name: '华东精密', industry: '汽车零部件' }), { basedOn: seenBySecond!.updatedAt })
      .catch((e: unknown) => e)

    expect(refused).toBeInstanceOf(ConflictError)
    expect((refused as ConflictError).current).toMatchObject({ name: '华东精密机械', updatedAt: saved.updatedAt })
    expect(await b.accounts.get(opened.id)).toEqual(saved)

    // "Keep mine": saved again, based on the version it now knows it overwrites.
    const kept = await second.accounts.update(opened.id, accountDraft({ name: '华东精密', industry: '汽车零部件' }), { basedOn: saved.updatedAt })
    expect(await a.accounts.get(opened.id)).toEqual(kept)
  })

  it('gives every save a new revision, even two in the same millisecond', async () => {
    const { a, b } = twoWindows()
    const frozen = () => 1_700_000_000_000
    const first = createRepositories(a, { now: frozen })
    const second = createRepositories(b, { now: frozen })
    const created = await first.accounts.create(accountDraft())
    const one = await first.accounts.update(created.id, accountDraft({ name: 'One' }), { basedOn: created.updatedAt })
    expect(one.updatedAt).toBeGreaterThan(created.updatedAt)
    await expect(second.accounts.update(created.id, accountDraft({ name: 'Two' }), { basedOn: created.updatedAt })).rejects.toBeInstanceOf(ConflictError)
    await second.accounts.softDelete(created.id)
    expect((await b.accounts.get(created.id))!.updatedAt).toBeGreaterThan(one.updatedAt)
  })
})

describe('saves from two windows on one person', () => {
  it('refuses the stale save and logs no change for it', async () => {
    const { a, b } = twoWindows()
    const account = await createRepositories(a).accounts.create(accountDraft())
    const first = createStakeholderMapRepository(a)
    const second = createStakeholderMapRepository(b)
    const person = await first.createPerson(stakeholderDraft(account.id, { name: '王伟' }))
    const saved = await first.updatePerson(person.id, { ...stakeholderDraft(account.id, { name: '王伟' }), stance: 'neutral' }, {}, { basedOn: person.updatedAt })
    await expect(
      second.updatePerson(person.id, { ...stakeholderDraft(account.id, { name: '王伟' }), stance: 'opponent' }, {}, { basedOn: person.updatedAt })
    ).rejects.toBeInstanceOf(ConflictError)
    expect((await b.stakeholders.get(person.id))?.stance).toBe('neutral')
    expect((await b.stakeholderChanges.toArray()).map((c) => c.to)).toEqual(['neutral'])
    expect(saved.stance).toBe('neutral')
  })
})

describe('saves from two windows on one dossier section', () => {
  it('refuses text based on content another window has since replaced, but not after a collapse', async () => {
    const { a, b } = twoWindows()
    const account = await createRepositories(a).accounts.create(accountDraft())
    const first = createDossierRepository(a)
    const second = createDossierRepository(b)
    await first.ensureSections(account.id)
    const section = (await a.dossierSections.where('accountId').equals(account.id).toArray())[0]!
    const base = { updatedAt: section.updatedAt, contentJson: JSON.stringify(section.content ?? null) }

    const rev = await first.saveContent(section.id, paragraph('门卫说总经理一个人拍板'), '门卫说总经理一个人拍板', base)
    await expect(second.saveContent(section.id, paragraph('我写的'), '我写的', base)).rejects.toBeInstanceOf(ConflictError)
    expect((await b.dossierSections.get(section.id))?.plainText).toBe('门卫说总经理一个人拍板')

    // Collapsing elsewhere changes updatedAt but not the text: the save based on that text goes through.
    const mine = { updatedAt: rev, contentJson: JSON.stringify(paragraph('门卫说总经理一个人拍板')) }
    await second.setCollapsed(section.id, true)
    await first.saveContent(section.id, paragraph('补充：采购也有话语权'), '补充：采购也有话语权', mine)
    expect((await b.dossierSections.get(section.id))?.plainText).toBe('补充：采购也有话语权')
  })
})

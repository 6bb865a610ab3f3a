import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { createAccountsRepository } from '../repositories/accountsRepository'
import { createStakeholdersRepository } from '../repositories/stakeholdersRepository'
import { accountDraft, fakeClock, freshDb, stakeholderDraft } from '../testSupport'
import { applyAccountFile, exportAccountFile, readAccountFile } from './accountFile'

const dbs: AtlasDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})
const machine = () => {
  const db = freshDb()
  dbs.push(db)
  return db
}

describe('handing an account to a colleague', () => {
  it('exports one account without private notes, and a newer file changes only what changed while a newer local edit stays', async () => {
    const clock = fakeClock()
    const mine = machine()
    const account = await createAccountsRepository(mine, clock).create(accountDraft({ name: '华东精密' }))
    await createAccountsRepository(mine, clock).create(accountDraft({ name: '别的客户' }))
    const people = createStakeholdersRepository(mine, clock)
    const wang = await people.create(stakeholderDraft(account.id, { name: '王建国', title: '采购经理', sensitiveNotes: '孩子在读高三' }))
    const liu = await people.create(stakeholderDraft(account.id, { name: '刘芳', title: '财务经理', sensitiveNotes: '' }))

    const first = await exportAccountFile(mine, account.id, { includeSensitive: false, now: clock.now(), app: 'test' })
    const theirs = machine()
    const read = await readAccountFile(theirs, first.bytes)
    expect(read.ok && read.plan.records.map((r) => r.status)).toEqual(['new', 'new', 'new'])
    await applyAccountFile(theirs, read.ok ? read.plan : (null as never))
    expect((await theirs.accounts.toArray()).map((a) => a.name)).toEqual(['华东精密'])
    expect((await theirs.stakeholders.get(wang.id))!.sensitiveNotes).toBe('')

    // The colleague edits 刘芳 and notes something private on 王建国; later the rep changes 王建国's title and sends a newer file.
    const colleague = createStakeholdersRepository(theirs, clock)
    await colleague.update(liu.id, { ...liu, title: '财务总监' })
    await colleague.update(wang.id, { ...(await theirs.stakeholders.get(wang.id))!, sensitiveNotes: '同事自己记的' })
    await people.update(wang.id, { ...wang, title: '采购总监' })
    const second = await exportAccountFile(mine, account.id, { includeSensitive: false, now: clock.now(), app: 'test' })
    const again = await readAccountFile(theirs, second.bytes)
    if (!again.ok) throw new Error('not read')
    // The file lists people in id order (random ids), so compare them in that order too.
    const byId = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => a[0].localeCompare(b[0])
    expect(again.plan.records.filter((r) => r.status !== 'same').map((r): [string, string, string[]] => [r.id, r.status, r.fields]).sort(byId)).toEqual(
      ([[wang.id, 'changes', ['title']], [liu.id, 'keptLocal', ['title']]] as [string, string, string[]][]).sort(byId)
    )
    expect(await applyAccountFile(theirs, again.plan)).toEqual({ keptEdited: 0 })
    expect(await theirs.stakeholders.get(wang.id)).toMatchObject({ title: '采购总监', sensitiveNotes: '同事自己记的' })
    expect((await theirs.stakeholders.get(liu.id))!.title).toBe('财务总监')
  })

  it('keeps an edit made between the preview and the import', async () => {
    const clock = fakeClock()
    const mine = machine()
    const account = await createAccountsRepository(mine, clock).create(accountDraft({ name: '华东精密' }))
    const wang = await createStakeholdersRepository(mine, clock).create(stakeholderDraft(account.id, { name: '王建国' }))
    const theirs = machine()
    const first = await readAccountFile(theirs, (await exportAccountFile(mine, account.id, { includeSensitive: false, now: clock.now(), app: 'test' })).bytes)
    await applyAccountFile(theirs, first.ok ? first.plan : (null as never))
    await createStakeholdersRepository(mine, clock).update(wang.id, { ...wang, title: '采购总监' })
    const read = await readAccountFile(theirs, (await exportAccountFile(mine, account.id, { includeSensitive: true, now: clock.now(), app: 'test' })).bytes)
    await createStakeholdersRepository(theirs, clock).update(wang.id, { ...(await theirs.stakeholders.get(wang.id))!, title: '总经理' })
    expect(await applyAccountFile(theirs, read.ok ? read.plan : (null as never))).toEqual({ keptEdited: 1 })
    expect((await theirs.stakeholders.get(wang.id))!.title).toBe('总经理')
  })

  it('refuses a file that is not an account file, and says why', async () => {
    const db = machine()
    expect(await readAccountFile(db, new TextEncoder().encode('hello'))).toMatchObject({ ok: false, problem: 'unreadable' })
  })
})

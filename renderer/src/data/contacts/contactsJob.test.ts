import { afterEach, describe, expect, it } from 'vitest'
import type { ImportLabels } from '#shared/domain/contacts/importPlan'
import type { AtlasDb } from '../db'
import { ValidationError } from '../errors'
import { createAccountsRepository } from '../repositories/accountsRepository'
import { createStakeholdersRepository } from '../repositories/stakeholdersRepository'
import { accountDraft, freshDb, stakeholderDraft } from '../testSupport'
import { createContactsJob } from './contactsJob'
import { undoImport, writeImport } from './importContacts'

const labels: ImportLabels = {
  address: { home: '住址', work: '单位地址', other: '地址' },
  department: { gatekeeper: '行政', warehouse: '仓储', production: '生产', engineering: '技术', purchasing: '采购', finance: '财务', management: '管理层' }
}
const utf8 = (text: string) => new TextEncoder().encode(text)

const CSV = ['姓名,职务,部门,手机,邮箱,公司', '王总,采购总监,,+86 138-0013-8000,wang@hdjm.cn,华东精密', '刘芳,财务经理,财务部,13900001111,,华东精密', ',没有名字的人,,13700000000,,华东精密', '陈工,工艺工程师,技术部,13600002222,chen@hdjm.cn,华东精密'].join('\r\n')

const dbs: AtlasDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

async function accountWithWang() {
  const db = freshDb()
  dbs.push(db)
  const account = await createAccountsRepository(db).create(accountDraft({ name: '华东精密' }))
  const wang = await createStakeholdersRepository(db).create(stakeholderDraft(account.id, { name: '王建国', title: '采购总监', department: '采购部', phone: '13800138000', email: '', roles: ['buyer'], sensitiveNotes: '' }))
  return { db, account, wang }
}

const live = async (db: AtlasDb, accountId: string) =>
  (await db.stakeholders.where('accountId').equals(accountId).toArray()).filter((p) => p.deletedAt === null).map((p) => p.name).sort()

describe('a contacts import from the file to the map', () => {
  it('plans every row against the account, writes the new and merged people, and undo takes it all back', async () => {
    const { db, account, wang } = await accountWithWang()
    const job = createContactsJob(db)
    const summary = job.read(utf8(CSV), '客户联系人.csv')
    expect(summary).toMatchObject({ kind: 'csv', rows: 4, csv: { headers: ['姓名', '职务', '部门', '手机', '邮箱', '公司'] } })

    const preview = await job.plan(null, account.id, labels)
    expect(preview.plan.map((r) => r.kind)).toEqual(['duplicate', 'new', 'bad', 'new'])
    expect(preview.changes[preview.plan[0]!.row]).toEqual([{ field: 'email', before: '', after: 'wang@hdjm.cn' }])

    const receipt = await job.write({ accountId: account.id }, [])
    expect(await live(db, account.id)).toEqual(['刘芳', '王建国', '陈工'])
    const liu = (await db.stakeholders.toArray()).find((p) => p.name === '刘芳')!
    expect(liu).toMatchObject({ title: '财务经理', department: '财务部', roles: ['finance'], phone: '13900001111' })
    expect((await db.stakeholders.get(wang.id))!.email).toBe('wang@hdjm.cn')

    expect(await undoImport(db, receipt)).toEqual({ keptEdited: 0 })
    expect(await live(db, account.id)).toEqual(['王建国'])
    expect((await db.stakeholders.get(wang.id))!.email).toBe('')
  })

  it('skips a duplicate the rep skips, and makes the account from the file when asked', async () => {
    const { db } = await accountWithWang()
    const job = createContactsJob(db)
    job.read(utf8(CSV), 'contacts.csv')
    const preview = await job.plan(null, null, labels)
    expect(preview.plan.filter((r) => r.kind === 'duplicate')).toEqual([])
    const receipt = await job.write({ newAccountName: '华东精密（新）' }, [[preview.plan[1]!.row, 'skip']])
    const made = await db.accounts.get(receipt.accountId)
    expect(made).toMatchObject({ name: '华东精密（新）', deletedAt: null })
    // Only the new account's people: a skip is a skip only for a duplicate, so 刘芳 (new) is written.
    expect(await live(db, receipt.accountId)).toEqual(['刘芳', '王总', '陈工'])
    await undoImport(db, receipt)
    expect((await db.accounts.get(receipt.accountId))!.deletedAt).not.toBeNull()
    expect(await live(db, receipt.accountId)).toEqual([])
  })

  it('keeps an edit made after the import when the import is undone', async () => {
    const { db, account, wang } = await accountWithWang()
    const job = createContactsJob(db)
    job.read(utf8(CSV), 'contacts.csv')
    await job.plan(null, account.id, labels)
    const receipt = await job.write({ accountId: account.id }, [])
    const merged = (await db.stakeholders.get(wang.id))!
    await createStakeholdersRepository(db).update(wang.id, { ...merged, title: '副总经理' })
    expect(await undoImport(db, receipt)).toEqual({ keptEdited: 1 })
    expect((await db.stakeholders.get(wang.id))!).toMatchObject({ title: '副总经理', email: 'wang@hdjm.cn' })
  })

  it('writes nothing when one person fails the schema', async () => {
    const { db, account } = await accountWithWang()
    const person = { name: '周强', title: '', department: '', phone: '', email: '', roles: [], sensitiveNotes: '' }
    const write = { creates: [{ row: 1, person }, { row: 2, person: { ...person, name: 'x'.repeat(500) } }], updates: [], skipped: 0, bad: 0 }
    await expect(writeImport(db, { accountId: account.id }, write)).rejects.toBeInstanceOf(ValidationError)
    expect(await live(db, account.id)).toEqual(['王建国'])
  })
})

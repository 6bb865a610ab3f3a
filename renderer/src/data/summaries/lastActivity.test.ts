import { afterEach, describe, expect, it } from 'vitest'
import { account, competitor, objection, stakeholders, visit } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { readAccountListFacts } from './queries'

const readLastActivityByAccount = async (db: AtlasDb) => (await readAccountListFacts(db)).lastActivity

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

const OTHER = 'ffffffff-0000-4000-8000-000000000002'

describe('the account list’s last activity', () => {
  it("is the account's own change when nothing under it is newer", async () => {
    db = freshDb()
    await db.accounts.add({ ...account, updatedAt: 500 })
    await db.stakeholders.add({ ...stakeholders[0]!, updatedAt: 400 })
    expect((await readLastActivityByAccount(db)).get(account.id)).toBe(500)
  })

  it.each([
    ['a person', (d: AtlasDb) => d.stakeholders.add({ ...stakeholders[0]!, updatedAt: 900 })],
    ['a visit', (d: AtlasDb) => d.visits.add({ ...visit(1, 3, '报价'), updatedAt: 900 })],
    ['an objection', (d: AtlasDb) => d.objections.add({ ...objection, updatedAt: 900 })],
    ['a competitor', (d: AtlasDb) => d.competitors.add({ ...competitor, updatedAt: 900 })],
    [
      'a dossier section',
      (d: AtlasDb) =>
        d.dossierSections.add({ id: 'ds-1', accountId: account.id, channel: 'gatekeeper', order: 0, collapsed: false, content: null, plainText: '门卫', createdAt: 1, updatedAt: 900, deletedAt: null })
    ]
  ])('counts %s changed after the account', async (_, add) => {
    db = freshDb()
    await db.accounts.add({ ...account, updatedAt: 500 })
    await add(db)
    expect((await readLastActivityByAccount(db)).get(account.id)).toBe(900)
  })

  it("counts a deletion as work on the account, and leaves out other accounts' records", async () => {
    db = freshDb()
    await db.accounts.bulkAdd([
      { ...account, updatedAt: 500 },
      { ...account, id: OTHER, updatedAt: 100 }
    ])
    await db.visits.add({ ...visit(1, 3, '已删'), updatedAt: 900, deletedAt: 900 })
    await db.objections.add({ ...objection, accountId: OTHER, updatedAt: 700 })
    const latest = await readLastActivityByAccount(db)
    expect(latest.get(account.id)).toBe(900)
    expect(latest.get(OTHER)).toBe(700)
  })
})

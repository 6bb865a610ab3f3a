import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyAccountDraft } from '#shared/schemas'
import { AtlasDb } from '../db'
import { createRepositories } from '../repositories'
import { stakeholderDraft } from '../testSupport'
import { SyncEngine } from '../sync/syncEngine'
import { applyMigrations, migrations } from '.'
import { v5 } from './v5'

const ACCOUNT_ID = '11111111-2222-4333-8444-555555555555'
const PERSON_ID = '22222222-3333-4444-8555-666666666666'
const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

const meta = (id: string) => ({ id, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, deletedAt: null })

/** A v4 database as the previous build left it: an account, a person with a sensitive note, its summary. */
async function populatedV4(name: string) {
  const old = new Dexie(name)
  applyMigrations(old, migrations.slice(0, 4))
  await old.open()
  await old.table('accounts').add({ ...meta(ACCOUNT_ID), ...emptyAccountDraft(), name: '华东精密机械有限公司', stageHistory: [] })
  await old.table('stakeholders').add({ ...meta(PERSON_ID), ...stakeholderDraft(ACCOUNT_ID, { name: '李总', sensitiveNotes: '孩子高考' }) })
  const tables = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const)))
  old.close()
  return tables
}

describe('v5 schema (team sync)', () => {
  it('follows v4', () => {
    expect(migrations[4]).toBe(v5)
  })

  it('opens a populated v4 database with every row unchanged, the sync tables empty, and its accounts shareable', async () => {
    const name = `atlas-v5-${crypto.randomUUID()}`
    names.push(name)
    const before = await populatedV4(name)

    const db = new AtlasDb(name)
    await db.open()
    expect(db.verno).toBe(5)
    for (const [table, rows] of Object.entries(before)) expect(await db.table(table).toArray()).toEqual(rows)
    expect(await db.syncAccounts.count()).toBe(0)
    expect(await db.syncDocs.count()).toBe(0)

    const engine = new SyncEngine(db)
    await engine.open()
    await engine.share(ACCOUNT_ID)
    const person = (await createRepositories(db).stakeholders.get(PERSON_ID))!
    await createRepositories(db).stakeholders.update(PERSON_ID, { ...person, title: '总经理' })
    await engine.settled(ACCOUNT_ID)
    expect(engine.docDigest(ACCOUNT_ID)).toBe(await engine.digest(ACCOUNT_ID))
    expect(engine.getSnapshot().accounts[ACCOUNT_ID]).toMatchObject({ status: 'offline' })
    engine.close()
    db.close()
  })
})

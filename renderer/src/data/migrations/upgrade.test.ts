import { Dexie, type Transaction } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { AtlasDb } from '../db'
import { accountDraft } from '../testSupport'
import { applyMigrations, latestVersion, type Migration } from '.'
import { v1 } from './v1'

/**
 * Proves the migration mechanism with an example version 2 that exists only in this test: it indexes
 * a new `region` field on accounts and backfills it from the address. (The real v2 is in v2.ts; this example stands in for any v1 → next upgrade with a data transform.)
 */
const exampleV2: Migration = {
  version: 2,
  stores: {
    accounts: 'id, name, updatedAt, deletedAt, classification, positioning, stage, region'
  },
  async upgrade(tx: Transaction) {
    await tx
      .table('accounts')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        const address = typeof row.address === 'string' ? row.address : ''
        row.region = address.startsWith('上海') ? 'east' : 'unknown'
      })
  }
}

const ACCOUNT = {
  ...accountDraft({ name: '华东精密', address: '上海市浦东新区' }),
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  deletedAt: null
}
const OTHER = { ...ACCOUNT, id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', name: 'Other', address: 'Berlin' }
const STAKEHOLDER = { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', accountId: ACCOUNT.id, updatedAt: 5, name: '李总' }

const opened: Dexie[] = []
function track<D extends Dexie>(db: D): D {
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function createV1Database(name: string): Promise<void> {
  const raw = new Dexie(name)
  raw.version(1).stores({ ...v1.stores })
  await raw.open()
  await raw.table('accounts').bulkAdd([ACCOUNT, OTHER])
  await raw.table('stakeholders').add(STAKEHOLDER)
  expect(raw.verno).toBe(1)
  raw.close()
}

describe('migrations', () => {
  it('upgrades a v1 database with data to v2: upgrade ran, new index works, data survived', async () => {
    const name = `atlas-upgrade-${crypto.randomUUID()}`
    await createV1Database(name)

    const db = track(new Dexie(name))
    applyMigrations(db, [v1, exampleV2])
    await db.open()

    expect(db.verno).toBe(2)
    // Backfilled by the upgrade function, and queryable through the index v2 added.
    expect(await db.table('accounts').where('region').equals('east').primaryKeys()).toEqual([ACCOUNT.id])
    expect(await db.table('accounts').where('region').equals('unknown').primaryKeys()).toEqual([OTHER.id])
    expect(await db.table('accounts').get(ACCOUNT.id)).toEqual({ ...ACCOUNT, region: 'east' })
    // Tables v2 does not mention keep their data and indexes.
    expect(await db.table('stakeholders').where('accountId').equals(ACCOUNT.id).toArray()).toEqual([STAKEHOLDER])
    expect(db.table('accounts').schema.indexes.map((i) => i.name)).toContain('region')
  })

  it('a fresh database opened with v1 + v2 gets the final schema directly (upgrades only run on existing databases)', async () => {
    const db = track(new Dexie(`atlas-fresh-${crypto.randomUUID()}`))
    applyMigrations(db, [v1, exampleV2])
    await db.open()
    expect(db.verno).toBe(2)
    await db.table('accounts').add({ ...ACCOUNT, region: 'north' })
    expect(await db.table('accounts').where('region').equals('north').count()).toBe(1)
  })

  it('an existing v1 database opens unchanged with the app database', async () => {
    const name = `atlas-app-${crypto.randomUUID()}`
    await createV1Database(name)
    const db = track(new AtlasDb(name))
    await db.open()
    expect(db.verno).toBe(latestVersion())
    expect(await db.accounts.get(ACCOUNT.id)).toEqual(ACCOUNT)
    expect(await db.stakeholders.count()).toBe(1)
  })

  it('refuses versions out of order or duplicated', () => {
    expect(() => applyMigrations(new Dexie('never-opened-1'), [exampleV2, v1])).toThrow(/increasing/)
    expect(() => applyMigrations(new Dexie('never-opened-2'), [v1, v1])).toThrow(/increasing/)
  })
})

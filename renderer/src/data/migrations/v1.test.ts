import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { Dexie } from 'dexie'
import { applyMigrations, latestVersion, migrations } from '.'
import { v1 } from './v1'

let db: AtlasDb | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
})

describe('v1 schema', () => {
  // A shipped version is never edited. If this test fails, revert v1.ts and add a new version instead.
  it('is frozen as shipped', () => {
    expect(v1).toEqual({
      version: 1,
      stores: {
        accounts: 'id, name, updatedAt, deletedAt, classification, positioning, stage',
        stakeholders: 'id, accountId, updatedAt',
        relationships: 'id, accountId, fromId, toId',
        dossierSections: 'id, accountId, [accountId+channel]',
        visits: 'id, accountId, date',
        objections: 'id, accountId',
        competitors: 'id, accountId'
      }
    })
    expect(v1.upgrade).toBeUndefined()
  })

  it('is the first of the ordered version list', () => {
    expect(migrations[0]).toBe(v1)
    expect(latestVersion()).toBeGreaterThanOrEqual(1)
  })

  it('gives a database declared with v1 alone every table keyed by id and the v1 indexes', async () => {
    db = freshDb()
    db.close()
    const v1Only = new Dexie(db.name)
    applyMigrations(v1Only, [v1])
    await v1Only.open()
    expect(v1Only.verno).toBe(1)
    const tables = v1Only.tables
    const schema = Object.fromEntries(
      tables.map((t) => [t.name, { key: t.schema.primKey.keyPath, auto: t.schema.primKey.auto, indexes: t.schema.indexes.map((i) => i.name) }])
    )
    expect(schema).toEqual({
      accounts: { key: 'id', auto: false, indexes: ['name', 'updatedAt', 'deletedAt', 'classification', 'positioning', 'stage'] },
      stakeholders: { key: 'id', auto: false, indexes: ['accountId', 'updatedAt'] },
      relationships: { key: 'id', auto: false, indexes: ['accountId', 'fromId', 'toId'] },
      dossierSections: { key: 'id', auto: false, indexes: ['accountId', '[accountId+channel]'] },
      visits: { key: 'id', auto: false, indexes: ['accountId', 'date'] },
      objections: { key: 'id', auto: false, indexes: ['accountId'] },
      competitors: { key: 'id', auto: false, indexes: ['accountId'] }
    })
    await v1Only.delete()
  })
})

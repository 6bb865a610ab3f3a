import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { AtlasDb } from '../db'
import { applyMigrations, latestVersion, migrations } from '.'
import { v1 } from './v1'
import { v2 } from './v2'

const ACCOUNT_ID = '11111111-2222-4333-8444-555555555555'
const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

describe('v2 schema', () => {
  it('is frozen as shipped and follows v1', () => {
    expect(v2).toEqual({
      version: 2,
      stores: {
        attachments: 'id, accountId, sectionId',
        stakeholderChanges: 'id, accountId, stakeholderId, at',
        settings: 'key'
      }
    })
    expect(migrations.slice(0, 2)).toEqual([v1, v2])
    expect(latestVersion()).toBeGreaterThanOrEqual(2)
  })

  it('upgrades a v1 database with data: the new tables exist and every v1 row survives', async () => {
    const name = `atlas-v2-${crypto.randomUUID()}`
    names.push(name)
    const old = new Dexie(name)
    applyMigrations(old, [v1])
    await old.open()
    const account = { id: ACCOUNT_ID, name: '华东精密', createdAt: 1, updatedAt: 2, deletedAt: null }
    await old.table('accounts').add(account)
    await old.table('dossierSections').add({ id: 'a0000000-0000-4000-8000-000000000001', accountId: ACCOUNT_ID, channel: 'gatekeeper' })
    old.close()

    const db = new AtlasDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion())
    // Later versions add fields to the row (v3: stage history); everything v1 wrote is still there.
    expect(await db.table('accounts').get(ACCOUNT_ID)).toMatchObject(account)
    expect(await db.table('dossierSections').where('[accountId+channel]').equals([ACCOUNT_ID, 'gatekeeper']).count()).toBe(1)
    await db.stakeholderChanges.add({
      id: 'c0000000-0000-4000-8000-000000000001', accountId: ACCOUNT_ID, stakeholderId: ACCOUNT_ID, at: 5,
      field: 'stance', from: 'neutral', to: 'opponent', reason: '价格函之后', findingIds: [], createdAt: 5, updatedAt: 5, deletedAt: null
    })
    expect(await db.stakeholderChanges.where('stakeholderId').equals(ACCOUNT_ID).count()).toBe(1)
    await db.settings.put({ key: 'coverage', value: { enabled: true }, updatedAt: 1 })
    expect((await db.settings.get('coverage'))?.value).toEqual({ enabled: true })
    db.close()
  })
})

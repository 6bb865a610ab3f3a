import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { account, stakeholders } from '#shared/domain/brief/briefFixture'
import { AtlasDb } from './db'
import { latestVersion, migrations } from './migrations'
import { backupBeforeUpgrade } from './upgradeSnapshot'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** A database as the build before this one left it: every schema version but the newest. */
async function olderDatabase(rows: boolean): Promise<string> {
  const name = `atlas-before-upgrade-${crypto.randomUUID()}`
  names.push(name)
  const raw = new Dexie(name)
  for (const migration of migrations.slice(0, -1)) raw.version(migration.version).stores({ ...migration.stores })
  await raw.open()
  if (rows) {
    await raw.table('accounts').add(account)
    await raw.table('stakeholders').bulkAdd(stakeholders)
  }
  raw.close()
  return name
}

describe('the snapshot before a schema upgrade', () => {
  it('packs the database as stored, before the upgrade, as a backup that restores', async () => {
    const name = await olderDatabase(true)
    const bytes = await backupBeforeUpgrade(name, 'test')
    expect(bytes).not.toBeNull()
    const read = readBackupFile(bytes!)
    expect(read.ok && read.backup.tables.stakeholders.map((p) => p.name)).toEqual(stakeholders.map((p) => p.name))
    // Nothing was upgraded by taking it: the database is still at the older version.
    const raw = new Dexie(name)
    await raw.open()
    expect(raw.verno).toBe(latestVersion() - 1)
    raw.close()
  })

  it('takes none when no upgrade is due, or when there is nothing to keep', async () => {
    const current = `atlas-current-${crypto.randomUUID()}`
    names.push(current)
    const db = new AtlasDb(current)
    await db.accounts.add(account)
    db.close()
    expect(await backupBeforeUpgrade(current, 'test')).toBeNull()
    expect(await backupBeforeUpgrade(await olderDatabase(false), 'test')).toBeNull()
    expect(await backupBeforeUpgrade('atlas-never-created', 'test')).toBeNull()
  })
})

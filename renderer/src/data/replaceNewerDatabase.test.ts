import { Dexie } from 'dexie'
import yDexie from 'y-dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { account, stakeholders } from '#shared/domain/brief/briefFixture'
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupFile } from '#shared/schemas/backup'
import { AtlasDb } from './db'
import { latestVersion, migrations } from './migrations'
import { replaceNewerDatabase } from './replaceNewerDatabase'
import { storedDatabaseZip } from './upgradeSnapshot'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** A database a newer app wrote: one schema version past this build's, with a field this build does not know. */
async function newerDatabase(): Promise<string> {
  const name = `atlas-newer-${crypto.randomUUID()}`
  names.push(name)
  // A later build declares the same Yjs document tables (y-dexie) as this one.
  const raw = new Dexie(name, { addons: [yDexie] })
  for (const migration of migrations) raw.version(migration.version).stores({ ...migration.stores })
  raw.version(latestVersion() + 1).stores({})
  await raw.open()
  await raw.table('accounts').add({ ...account, name: '新版本写的客户', futureField: 'kept by the newer app' })
  raw.close()
  return name
}

const snapshot = (): BackupFile => ({
  format: BACKUP_FORMAT,
  version: 4,
  exportedAt: Date.now(),
  settings: [],
  tables: { ...(Object.fromEntries(Object.keys(BACKUP_TABLES).map((t) => [t, []])) as unknown as BackupFile['tables']), accounts: [account], stakeholders }
})

describe('restoring a snapshot over a database a newer version wrote', () => {
  it('keeps the newer data as a zip first, then holds exactly the snapshot at this build’s schema, and can write again', async () => {
    const name = await newerDatabase()
    const db = new AtlasDb(name)
    await db.open()
    expect(db.access.readOnly).toBe(true)

    const kept = await storedDatabaseZip(name, 'test')
    const keptRead = readBackupFile(kept!)
    expect(keptRead.ok && keptRead.backup.tables.accounts.map((a) => a.name)).toEqual(['新版本写的客户'])

    const read = readBackupFile(writeBackupZip(snapshot(), 'test'))
    if (!read.ok) throw new Error('refused')
    await replaceNewerDatabase(db, read.backup)
    expect(db.access.readOnly).toBe(false)
    expect(db.verno).toBe(latestVersion())
    expect((await db.accounts.toArray()).map((a) => a.name)).toEqual([account.name])
    expect(await db.stakeholders.count()).toBe(stakeholders.length)
    await db.accounts.update(account.id, { name: '又能保存了' })
    expect((await db.accounts.get(account.id))?.name).toBe('又能保存了')
    db.close()
  })

  it('refuses a database this build wrote, which a restore can merge into instead', async () => {
    const name = `atlas-current-${crypto.randomUUID()}`
    names.push(name)
    const db = new AtlasDb(name)
    await db.open()
    await expect(replaceNewerDatabase(db, snapshot())).rejects.toThrow(/newer version/)
    db.close()
  })
})

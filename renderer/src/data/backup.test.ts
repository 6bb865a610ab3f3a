import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '#shared/domain/backup'
import { BACKUP_TABLES, type BackupFile } from '#shared/schemas/backup'
import { DEFAULT_CONTACT_CADENCE, DEFAULT_COVERAGE_SETTINGS } from '#shared/domain/stakeholders'
import { CONTACT_CADENCE_KEY, COVERAGE_SETTINGS_KEY, readContactCadence, writeContactCadence, writeCoverageSettings } from './stakeholders/settings'
import { exportBackup, importBackup } from './backup'
import type { AtlasDb } from './db'
import { freshDb } from './testSupport'

const validBackup = (): BackupFile => {
  const result = parseBackup(readFileSync(join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'backup.valid.json'), 'utf8'))
  if (!result.ok) throw new Error('fixture does not parse')
  return result.backup
}

const dbs: AtlasDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})
const open = () => {
  const db = freshDb()
  dbs.push(db)
  return db
}

describe('backup', () => {
  it('imports a backup into an empty database and exports the same records back', async () => {
    const db = open()
    const backup = validBackup()
    expect(await importBackup(db, backup)).toEqual({ added: 6, updated: 0, unchanged: 0 })
    const { backup: exported, skipped } = await exportBackup(db, 42)
    expect(skipped).toBe(0)
    expect(exported.tables).toEqual(backup.tables)
    expect(exported.exportedAt).toBe(42)
  })

  it('keeps a newer local edit and reports unchanged records on a second import', async () => {
    const db = open()
    const backup = validBackup()
    await importBackup(db, backup)
    const account = backup.tables.accounts[0]!
    await db.accounts.update(account.id, { name: '本地改过的名字', updatedAt: account.updatedAt + 1000 })
    expect(await importBackup(db, backup)).toEqual({ added: 0, updated: 0, unchanged: 6 })
    expect((await db.accounts.get(account.id))?.name).toBe('本地改过的名字')
  })

  it('leaves a stored row that fails its schema out of the export and counts it', async () => {
    const db = open()
    await db.table('accounts').add({ id: 'broken', name: 5 })
    const { backup, skipped } = await exportBackup(db)
    expect(skipped).toBe(1)
    expect(backup.tables.accounts).toEqual([])
  })
})

describe('a backup round trip', () => {
  it('brings back every record and the rep’s settings after the database is wiped', async () => {
    const db = open()
    await importBackup(db, validBackup())
    await writeCoverageSettings(db, { ...DEFAULT_COVERAGE_SETTINGS, minThreads: 3 }, 1000)
    await writeContactCadence(db, { ...DEFAULT_CONTACT_CADENCE, coach: 9 }, 2000)
    const before = await digest(db)
    const { backup } = await exportBackup(db)
    expect(backup.settings.map((s) => s.key).sort()).toEqual([CONTACT_CADENCE_KEY, COVERAGE_SETTINGS_KEY])
    // Through the file's text, as Settings writes and reads it.
    const reread = parseBackup(JSON.stringify(backup, null, 2))
    if (!reread.ok) throw new Error(JSON.stringify(reread.error))
    await db.delete()
    const fresh = open()
    await importBackup(fresh, reread.backup)
    expect(await digest(fresh)).toBe(before)
    expect((await readContactCadence(fresh)).coach).toBe(9)
  })

  it('keeps a setting changed here since the backup was made', async () => {
    const db = open()
    await writeContactCadence(db, { ...DEFAULT_CONTACT_CADENCE, coach: 9 }, 2000)
    const { backup } = await exportBackup(db, 3000)
    await writeContactCadence(db, { ...DEFAULT_CONTACT_CADENCE, coach: 21 }, 4000)
    expect(await importBackup(db, backup)).toEqual({ added: 0, updated: 0, unchanged: 1 })
    expect((await readContactCadence(db)).coach).toBe(21)
  })
})

async function digest(db: AtlasDb): Promise<string> {
  const names = [...Object.keys(BACKUP_TABLES), 'settings']
  return JSON.stringify(await Promise.all(names.map((t) => db.table(t).toArray())))
}

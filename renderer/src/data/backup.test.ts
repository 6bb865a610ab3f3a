import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '#shared/domain/backup'
import type { BackupFile } from '#shared/schemas/backup'
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

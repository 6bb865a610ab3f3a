import { Dexie } from 'dexie'
import yDexie from 'y-dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { AtlasDb } from './db'
import { ReadOnlyDatabaseError } from './errors'
import { applyMigrations, latestVersion, migrations } from './migrations'
import { createDossierRepository } from './dossier'
import { repairSummaries } from './summaries/repair'
import { runStartupChecks } from './integrity/startupChecks'
import { createRepositories } from './repositories'
import { accountDraft, stakeholderDraft } from './testSupport'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

/** Every row of every table, in key order: equal digests mean nothing was written. */
async function digest(name: string): Promise<string> {
  const raw = new Dexie(name)
  await raw.open()
  const tables = raw.tables.map((t) => t.name).sort()
  const rows = await Promise.all(tables.map(async (t) => [t, await raw.table(t).toArray()] as const))
  const version = raw.verno
  raw.close()
  return JSON.stringify({ version, rows })
}

/**
 * A database as a later build would leave it: this build's data, then a version above this build's with
 * one more table and a field this build's schemas do not know (and would drop on save).
 */
async function newerDatabase() {
  const name = `atlas-newer-${globalThis.crypto.randomUUID()}`
  names.push(name)
  const today = new AtlasDb(name)
  const repos = createRepositories(today)
  const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const person = await repos.stakeholders.create(stakeholderDraft(account.id))
  await createDossierRepository(today).ensureSections(account.id)
  today.close()

  // A later build declares the same Yjs document tables (y-dexie) as this one.
  const future = new Dexie(name, { addons: [yDexie] })
  applyMigrations(future, [...migrations, { version: latestVersion() + 1, stores: { contracts: 'id, accountId' } }])
  await future.open()
  await future.table('accounts').update(account.id, { region: '华东' })
  await future.table('contracts').add({ id: 'c1', accountId: account.id, value: 1_000_000 })
  future.close()
  return { name, account, person }
}

describe('a database written by a newer version', () => {
  it('opens read-only, still reads, and refuses every save with nothing written', async () => {
    const { name, account, person } = await newerDatabase()
    const before = await digest(name)

    const db = new AtlasDb(name)
    await db.open()
    expect(db.access).toEqual({ readOnly: true, storedVersion: latestVersion() + 1, knownVersion: latestVersion() })
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密')

    const repos = createRepositories(db)
    const results = await Promise.allSettled([
      repos.accounts.update(account.id, accountDraft({ name: '改名' })),
      repos.accounts.create(accountDraft()),
      repos.accounts.softDelete(account.id),
      repos.stakeholders.update(person.id, stakeholderDraft(account.id, { name: '李四' })),
      createDossierRepository(db).ensureSections('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
      db.accounts.put({ ...account, name: 'direct' })
    ])
    for (const result of results) {
      expect(result.status).toBe('rejected')
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ReadOnlyDatabaseError)
    }
    db.close()

    expect(await digest(name)).toBe(before)
    // The newer field is still there for the newer build.
    const after = JSON.parse(before) as { rows: [string, { region?: string }[]][] }
    expect(after.rows.find(([t]) => t === 'accounts')?.[1][0]?.region).toBe('华东')
  })

  it('the start-up checks read but do not write (summary repair is skipped)', async () => {
    const { name } = await newerDatabase()
    const db = new AtlasDb(name)
    await db.open()
    // A stale summary a writable database would repair.
    db.access = { readOnly: false }
    await db.accountSummaries.clear()
    db.close()
    const before = await digest(name)

    const again = new AtlasDb(name)
    await again.open()
    expect(again.access.readOnly).toBe(true)
    expect(await repairSummaries(again)).toBe(0)
    const reports: string[] = []
    await runStartupChecks(again, (r) => reports.push(r.kind))
    expect(reports).toContain('integrityDone')
    again.close()
    expect(await digest(name)).toBe(before)
  })

  it('a database at this build’s own version stays writable', async () => {
    const name = `atlas-same-${globalThis.crypto.randomUUID()}`
    names.push(name)
    const db = new AtlasDb(name)
    await db.open()
    expect(db.access).toEqual({ readOnly: false })
    await createRepositories(db).accounts.create(accountDraft())
    expect(await db.accounts.count()).toBe(1)
    db.close()
  })
})

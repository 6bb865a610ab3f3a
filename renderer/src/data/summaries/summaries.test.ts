import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '#shared/domain/backup'
import { analyzeCoverage, DEFAULT_COVERAGE_SETTINGS } from '#shared/domain/stakeholders'
import type { VisitDraft } from '#shared/schemas'
import { importBackup } from '../backup'
import { AtlasDb } from '../db'
import { applyMigrations, latestVersion } from '../migrations'
import { v1 } from '../migrations/v1'
import { v2 } from '../migrations/v2'
import { v3 } from '../migrations/v3'
import { createRepositories } from '../repositories'
import { writeCoverageSettings } from '../stakeholders/settings'
import { accountDraft, fakeClock, freshDb, stakeholderDraft } from '../testSupport'
import { computeAllSummaries } from './rebuild'
import { repairSummaries } from './repair'

const DAY = 86_400_000
const T0 = 1_700_000_000_000
const dbs: Dexie[] = []
const names: string[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})
const open = () => {
  const db = freshDb()
  dbs.push(db)
  return db
}
const visit = (accountId: string, patch: Partial<VisitDraft> = {}): VisitDraft => ({
  accountId, kind: 'revisit', status: 'done', date: T0 - DAY, time: null, objective: '', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: [], ...patch
})

describe('account summaries', () => {
  it('follow the account as the rep logs visits, plans one, adds people and follow-ups', async () => {
    const db = open()
    const clock = fakeClock(T0)
    const repos = createRepositories(db, { now: clock.now })
    const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
    expect(await db.accountSummaries.get(account.id)).toMatchObject({ doneDates: [], plannedDates: [], openTasks: 0, lastActivityAt: account.updatedAt })
    expect((await db.accountSummaries.get(account.id))!.coverageWarnings).toBe(analyzeCoverage({ stakeholders: [], stage: account.stage }).length)

    await repos.visits.create(visit(account.id, { date: T0 - 3 * DAY, tasks: [{ id: crypto.randomUUID(), text: '寄样品', dueDate: null, doneAt: null }] }))
    await repos.visits.create(visit(account.id, { status: 'planned', date: T0 + 5 * DAY }))
    const boss = await repos.stakeholders.create(stakeholderDraft(account.id, { roles: ['decisionMaker'] }))

    const summary = await db.accountSummaries.get(account.id)
    expect(summary).toMatchObject({ doneDates: [T0 - 3 * DAY], plannedDates: [T0 + 5 * DAY], openTasks: 1, lastActivityAt: clock.peek() })
    expect(summary!.coverageWarnings).toBe(analyzeCoverage({ stakeholders: [boss], stage: account.stage }).length)
  })

  it('do not change when the write that would change them fails: the transaction is all or nothing', async () => {
    const db = open()
    const repos = createRepositories(db, { now: fakeClock(T0).now })
    const account = await repos.accounts.create(accountDraft())
    const before = await db.accountSummaries.get(account.id)
    await expect(
      db.transaction('rw', db.visits, async () => {
        await db.visits.add({ ...visit(account.id), id: crypto.randomUUID(), createdAt: T0, updatedAt: T0 + DAY, deletedAt: null })
        throw new Error('disk full')
      })
    ).rejects.toThrow('disk full')
    expect(await db.accountSummaries.get(account.id)).toEqual(before)
  })

  it('leave a damaged row out instead of refusing the rep’s next save', async () => {
    const db = open()
    const repos = createRepositories(db, { now: fakeClock(T0).now })
    const account = await repos.accounts.create(accountDraft())
    await db.visits.put({ id: 'broken', accountId: account.id, date: 'yesterday' } as never)
    const saved = await repos.visits.create(visit(account.id, { date: T0 - 2 * DAY }))
    expect(saved.accountId).toBe(account.id)
    expect((await db.accountSummaries.get(account.id))!.doneDates).toEqual([T0 - 2 * DAY])
  })

  it('count coverage by the rep’s own rules: turning every rule off clears every account’s warnings', async () => {
    const db = open()
    const repos = createRepositories(db, { now: fakeClock(T0).now })
    const a = await repos.accounts.create(accountDraft({ name: 'A' }))
    const b = await repos.accounts.create(accountDraft({ name: 'B' }))
    const off = { ...DEFAULT_COVERAGE_SETTINGS, enabled: Object.fromEntries(Object.keys(DEFAULT_COVERAGE_SETTINGS.enabled).map((k) => [k, false])) } as typeof DEFAULT_COVERAGE_SETTINGS
    await writeCoverageSettings(db, off, T0)
    expect((await db.accountSummaries.bulkGet([a.id, b.id])).map((s) => s?.coverageWarnings)).toEqual([0, 0])
  })

  it('are built for every imported account by a backup import', async () => {
    const db = open()
    const parsed = parseBackup(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'backup.valid.json'), 'utf8'))
    if (!parsed.ok) throw new Error('fixture does not parse')
    await importBackup(db, parsed.backup)
    const kept = await db.accountSummaries.toArray()
    expect(kept.length).toBe(parsed.backup.tables.accounts.length)
    expect(kept).toEqual(await computeAllSummaries((name) => db.table(name)))
  })

  it('are built by the v4 upgrade from a populated v3 database', async () => {
    const name = `atlas-v4-${crypto.randomUUID()}`
    names.push(name)
    const old = new Dexie(name)
    applyMigrations(old, [v1, v2, v3])
    await old.open()
    const repos = createRepositories(new AtlasDb(`${name}-source`), { now: fakeClock(T0).now })
    names.push(`${name}-source`)
    const account = await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    const person = await repos.stakeholders.create(stakeholderDraft(account.id))
    const done = await repos.visits.create(visit(account.id, { date: T0 - 10 * DAY, tasks: [{ id: crypto.randomUUID(), text: '报价', dueDate: T0, doneAt: null }] }))
    const planned = await repos.visits.create(visit(account.id, { status: 'planned', date: T0 + 3 * DAY }))
    await old.table('accounts').add(account)
    await old.table('stakeholders').add(person)
    await old.table('visits').bulkAdd([done, planned])
    old.close()

    const db = new AtlasDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion())
    expect(await db.accountSummaries.get(account.id)).toMatchObject({ doneDates: [T0 - 10 * DAY], plannedDates: [T0 + 3 * DAY], openTasks: 1, lastActivityAt: planned.updatedAt })
    db.close()
  })
})

describe('repairing summaries', () => {
  it('corrects the summaries of rows written behind the data layer’s back, and leaves correct ones alone', async () => {
    const db = open()
    const repos = createRepositories(db, { now: fakeClock(T0).now })
    const a = await repos.accounts.create(accountDraft({ name: 'A' }))
    const b = await repos.accounts.create(accountDraft({ name: 'B' }))
    const bBefore = await db.accountSummaries.get(b.id)
    await db.accountSummaries.put({ ...(await db.accountSummaries.get(a.id))!, doneDates: [], openTasks: 7 })
    await db.accountSummaries.put({ accountId: 'gone', doneDates: [], plannedDates: [], openTasks: 0, coverageWarnings: 0, lastActivityAt: 1 })
    await repos.visits.create(visit(a.id, { date: T0 - 4 * DAY }))
    await db.accountSummaries.update(a.id, { doneDates: [], openTasks: 7 })

    expect(await repairSummaries(db)).toBe(2)
    expect(await db.accountSummaries.get(a.id)).toMatchObject({ doneDates: [T0 - 4 * DAY], openTasks: 0 })
    expect(await db.accountSummaries.get('gone')).toBeUndefined()
    expect(await db.accountSummaries.get(b.id)).toEqual(bBefore)
    expect(await repairSummaries(db)).toBe(0)
  })
})

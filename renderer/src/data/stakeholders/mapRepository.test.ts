import { afterEach, describe, expect, it } from 'vitest'
import { emptyStakeholderDraft, mapAsOf } from '#shared/domain/stakeholders'
import type { AtlasDb } from '../db'
import { ValidationError } from '../errors'
import { fakeClock, freshDb } from '../testSupport'
import { createStakeholderMapRepository } from './mapRepository'
import { currentMap, readStakeholderMap } from './queries'
import { readAccountListFacts } from '../summaries'

const coverageWarningCounts = async (db: AtlasDb) => (await readAccountListFacts(db)).coverageWarnings
import { createAccountsRepository } from '../repositories'
import { accountDraft } from '../testSupport'
import { readCoverageSettings, writeCoverageSettings } from './settings'
import { DEFAULT_COVERAGE_SETTINGS } from '#shared/domain/stakeholders'

const ACCOUNT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
let db: AtlasDb | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
})

describe('stakeholder map repository', () => {
  it('logs each change of stance with its reason, and the map as of an earlier date shows the old stance', async () => {
    db = freshDb()
    const clock = fakeClock()
    const repo = createStakeholderMapRepository(db, { now: clock.now })
    const p = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: '李采购', stance: 'neutral', talkingPoints: ['价格透明'] }))
    expect(p.talkingPoints).toEqual(['价格透明'])
    const t1 = clock.peek()
    await repo.updatePerson(p.id, { ...p, stance: 'supporter' }, { reason: '试机满意' })
    const t2 = clock.peek()
    await repo.updatePerson(p.id, { ...p, stance: 'opponent', title: '采购经理' }, { reason: '涨价函之后' })
    // a save without tracked changes logs nothing
    await repo.updatePerson(p.id, { ...p, stance: 'opponent', title: '采购部经理' })

    const rows = await readStakeholderMap(db, ACCOUNT)
    expect(rows.changes.map((c) => [c.field, c.from, c.to, c.reason])).toEqual([
      ['stance', 'neutral', 'supporter', '试机满意'],
      ['stance', 'supporter', 'opponent', '涨价函之后']
    ])
    expect(rows.stakeholders[0]).toMatchObject({ stance: 'opponent', title: '采购部经理', talkingPoints: ['价格透明'] })
    expect(mapAsOf(rows.stakeholders, rows.relationships, rows.changes, t1).stakeholders[0]!.stance).toBe('neutral')
    expect(mapAsOf(rows.stakeholders, rows.relationships, rows.changes, t2 + 1).stakeholders[0]!.stance).toBe('supporter')
  })

  it('keeps positions, logs departures, refuses self-links and hides links of deleted people', async () => {
    db = freshDb()
    const repo = createStakeholderMapRepository(db)
    const a = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: 'A' }))
    const b = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: 'B' }))
    await repo.setPosition(a.id, { x: 10, y: 20 })
    await repo.createLink({ accountId: ACCOUNT, fromId: a.id, toId: b.id, kind: 'reportsTo', note: '' })
    await expect(repo.createLink({ accountId: ACCOUNT, fromId: a.id, toId: a.id, kind: 'ally', note: '' })).rejects.toBeInstanceOf(ValidationError)
    await repo.setDeparted(b.id, 5000, { reason: '跳槽' })

    let rows = await readStakeholderMap(db, ACCOUNT)
    expect(rows.stakeholders.find((p) => p.id === a.id)!.position).toEqual({ x: 10, y: 20 })
    expect(rows.stakeholders.find((p) => p.id === b.id)!.departedAt).toBe(5000)
    expect(rows.changes).toMatchObject([{ field: 'departed', to: '5000', reason: '跳槽', at: 5000 }])
    expect(currentMap(rows).relationships).toHaveLength(1)

    const removed = await repo.deletePerson(b.id)
    rows = await readStakeholderMap(db, ACCOUNT)
    expect(currentMap(rows).stakeholders.map((p) => p.name)).toEqual(['A'])
    expect(currentMap(rows).relationships).toHaveLength(0)
    await repo.restorePerson(b.id, removed.linkIds)
    expect(currentMap(await readStakeholderMap(db, ACCOUNT)).relationships).toHaveLength(1)

    const saved = await repo.clearPositions(ACCOUNT)
    expect(saved).toEqual({ [a.id]: { x: 10, y: 20 } })
    expect((await readStakeholderMap(db, ACCOUNT)).stakeholders.every((p) => p.position === null)).toBe(true)
    await repo.restorePositions(saved)
    expect((await readStakeholderMap(db, ACCOUNT)).stakeholders.find((p) => p.id === a.id)!.position).toEqual({ x: 10, y: 20 })
  })

  it('deletes a person with their live links in one go, and restoring brings back exactly those links and the same history', async () => {
    db = freshDb()
    const repo = createStakeholderMapRepository(db)
    const a = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: '王建国', stance: 'neutral' }))
    const b = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: '李采购' }))
    const c = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: '赵工' }))
    await repo.updatePerson(a.id, { ...a, stance: 'supporter' }, { reason: '试机满意' })
    const ab = await repo.createLink({ accountId: ACCOUNT, fromId: b.id, toId: a.id, kind: 'reportsTo', note: '' })
    const ca = await repo.createLink({ accountId: ACCOUNT, fromId: c.id, toId: a.id, kind: 'ally', note: '' })
    const bc = await repo.createLink({ accountId: ACCOUNT, fromId: b.id, toId: c.id, kind: 'ally', note: '' })
    // a link removed on its own earlier stays removed after the person comes back
    const old = await repo.createLink({ accountId: ACCOUNT, fromId: a.id, toId: c.id, kind: 'rival', note: '' })
    await repo.deleteLink(old.id)
    const before = currentMap(await readStakeholderMap(db, ACCOUNT))

    const removed = await repo.deletePerson(a.id)
    expect(removed).toEqual({ personId: a.id, linkIds: expect.arrayContaining([ab.id, ca.id]) as string[] })
    expect(removed.linkIds).toHaveLength(2)
    const stored = await readStakeholderMap(db, ACCOUNT)
    expect(stored.relationships.filter((r) => r.deletedAt !== null).map((r) => r.id).sort()).toEqual([ab.id, ca.id, old.id].sort())
    expect(currentMap(stored).relationships.map((r) => r.id)).toEqual([bc.id])

    await repo.restorePerson(a.id, removed.linkIds)
    const after = currentMap(await readStakeholderMap(db, ACCOUNT))
    const strip = <T extends { updatedAt: number }>(rows: T[]) => rows.map(({ updatedAt: _u, ...rest }) => rest)
    expect(strip(after.stakeholders)).toEqual(strip(before.stakeholders))
    expect(strip(after.relationships)).toEqual(strip(before.relationships))
    expect(after.changes).toEqual(before.changes)
    expect(after.changes.map((ch) => [ch.stakeholderId, ch.to, ch.reason])).toEqual([[a.id, 'supporter', '试机满意']])
  })

  it('reports unreadable rows instead of failing, and reads rows written without talking points', async () => {
    db = freshDb()
    const repo = createStakeholderMapRepository(db)
    const a = await repo.createPerson(emptyStakeholderDraft(ACCOUNT, { name: 'A' }))
    const { talkingPoints: _omit, ...legacy } = { ...a, id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'Legacy' }
    await db.stakeholders.put(legacy as never)
    await db.stakeholders.put({ id: 'broken', accountId: ACCOUNT } as never)
    const rows = await readStakeholderMap(db, ACCOUNT)
    expect(rows.stakeholders.map((p) => p.name)).toEqual(['A', 'Legacy'])
    expect(rows.stakeholders[1]!.talkingPoints).toEqual([])
    expect(rows.invalid.map((r) => r.id)).toEqual(['broken'])
  })

  it('stores coverage settings and falls back to defaults', async () => {
    db = freshDb()
    expect(await readCoverageSettings(db)).toEqual(DEFAULT_COVERAGE_SETTINGS)
    await writeCoverageSettings(db, { ...DEFAULT_COVERAGE_SETTINGS, minThreads: 3 })
    expect((await readCoverageSettings(db)).minThreads).toBe(3)
  })
})

describe('coverage warnings on the account list', () => {
  it('counts each live account’s warnings with the rep’s settings', async () => {
    db = freshDb()
    const accounts = createAccountsRepository(db)
    const empty = await accounts.create(accountDraft())
    const covered = await accounts.create(accountDraft())
    const repo = createStakeholderMapRepository(db)
    await repo.createPerson(emptyStakeholderDraft(covered.id, { name: 'A', roles: ['decisionMaker'], isCoach: true, relationshipStage: 'trust' }))
    await repo.createPerson(emptyStakeholderDraft(covered.id, { name: 'B', roles: ['user', 'technicalEvaluator', 'buyer', 'finance', 'executor'], relationshipStage: 'trust' }))
    const counts = await coverageWarningCounts(db)
    expect(counts.get(empty.id)).toBe(2) // no decision-maker, no coach
    expect(counts.get(covered.id)).toBe(0)
    await writeCoverageSettings(db, { ...DEFAULT_COVERAGE_SETTINGS, enabled: { ...DEFAULT_COVERAGE_SETTINGS.enabled, noCoach: false } })
    expect((await coverageWarningCounts(db)).get(empty.id)).toBe(1)
  })
})

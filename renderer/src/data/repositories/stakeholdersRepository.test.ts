import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { RecordNotFoundError, ValidationError } from '../errors'
import { accountDraft, fakeClock, freshDb, stakeholderDraft } from '../testSupport'
import { createStakeholdersRepository } from './stakeholdersRepository'
import { createRepositories } from '.'

const ACCOUNT_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

describe('stakeholders repository', () => {
  it('creates, updates, soft-deletes and restores through the shared helper', async () => {
    const db = open()
    const clock = fakeClock()
    const repo = createStakeholdersRepository(db, { now: clock.now })

    const created = await repo.create(stakeholderDraft(ACCOUNT_ID))
    expect(await db.stakeholders.get(created.id)).toEqual({
      ...stakeholderDraft(ACCOUNT_ID),
      id: created.id,
      createdAt: clock.peek(),
      updatedAt: clock.peek(),
      deletedAt: null
    })
    expect(await db.stakeholders.where('accountId').equals(ACCOUNT_ID).count()).toBe(1)

    const updated = await repo.update(created.id, stakeholderDraft(ACCOUNT_ID, { stance: 'opponent', position: null }))
    expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, stance: 'opponent', position: null })
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt)

    await repo.softDelete(created.id)
    expect((await repo.get(created.id))?.deletedAt).toBe(clock.peek())
    await repo.restore(created.id)
    expect((await repo.get(created.id))?.deletedAt).toBeNull()
  })

  it('rejects an invalid draft with field keys and writes nothing', async () => {
    const db = open()
    const repo = createStakeholdersRepository(db)
    const error = await repo
      .create(stakeholderDraft('not-a-uuid', { name: '', title: 't'.repeat(300) }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fieldErrors).toEqual({
      accountId: { key: 'validation.invalid' },
      name: { key: 'validation.required' },
      title: { key: 'validation.tooLong', params: { max: 200 } }
    })
    expect(await db.stakeholders.count()).toBe(0)
  })

  it('does not touch another table', async () => {
    const db = open()
    const repo = createStakeholdersRepository(db)
    await expect(repo.softDelete(ACCOUNT_ID)).rejects.toBeInstanceOf(RecordNotFoundError)
    await repo.create(stakeholderDraft(ACCOUNT_ID))
    expect(await db.accounts.count()).toBe(0)
  })
})

describe('createRepositories', () => {
  it('gives every table a working repository', async () => {
    const db = open()
    const repos = createRepositories(db)
    const account = await repos.accounts.create(accountDraft())
    const competitor = await repos.competitors.create({
      accountId: account.id,
      supplier: '西门子',
      brands: 'SIMOTICS',
      products: '',
      priceLevel: '',
      terms: '',
      yearsWithAccount: 3,
      sharePct: 40,
      weaknesses: ''
    })
    expect(await db.competitors.get(competitor.id)).toEqual(competitor)
    const visit = await repos.visits.create({
      accountId: account.id,
      kind: 'plantTour',
      status: 'planned',
      date: 1_700_000_000_000,
      time: '14:00',
      objective: '',
      questions: [],
      outcome: '',
      nextReason: '',
      attendeeIds: [],
      tasks: []
    })
    expect(await db.visits.where('date').equals(1_700_000_000_000).first()).toEqual(visit)
    await expect(repos.objections.create({ accountId: account.id })).rejects.toBeInstanceOf(ValidationError)
    expect(await db.objections.count()).toBe(0)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { InvalidStoredRecordError, RecordNotFoundError, ValidationError } from '../errors'
import { getAccount, listAccounts } from '../queries'
import { accountDraft, fakeClock, freshDb, fullAccountDraft } from '../testSupport'
import { createAccountsRepository } from './accountsRepository'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

async function expectValidationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError
}

describe('accounts repository: create', () => {
  it('stores every field, Chinese text included, and reads it back unchanged', async () => {
    const db = open()
    const clock = fakeClock()
    const repo = createAccountsRepository(db, { now: clock.now })
    const draft = fullAccountDraft()

    const created = await repo.create(draft)

    expect(created.id).toMatch(UUID_RE)
    expect(created.createdAt).toBe(clock.peek())
    expect(created.updatedAt).toBe(created.createdAt)
    expect(created.deletedAt).toBeNull()
    expect(created).toEqual({ ...draft, id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt, deletedAt: null })

    // Straight from the table, from the repository and from the query: all identical to the draft.
    const raw = await db.accounts.get(created.id)
    expect(raw).toEqual(created)
    expect(await repo.get(created.id)).toEqual(created)
    expect(await getAccount(db, created.id)).toEqual({ account: created })
    expect(raw?.name).toBe('华东精密机械有限公司')
    expect(raw?.financial?.netMarginPct).toBe(-2.5)
    expect(raw?.qualification.technologyMatches).toBe(false)
  })

  it('uses the injected uuid source and gives each record its own id', async () => {
    const db = open()
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222']
    const repo = createAccountsRepository(db, { uuid: () => ids.shift()! })
    const a = await repo.create(accountDraft({ name: 'A' }))
    const b = await repo.create(accountDraft({ name: 'B' }))
    expect(a.id).toBe('11111111-1111-4111-8111-111111111111')
    expect(b.id).toBe('22222222-2222-4222-8222-222222222222')
    expect(await db.accounts.count()).toBe(2)
  })

  it('stores the parsed draft: trims text and drops unknown keys', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    const created = await repo.create({ ...accountDraft({ name: '  Acme  ' }), hacked: true, id: 'not-mine' })
    const raw = await db.accounts.get(created.id)
    expect(raw?.name).toBe('Acme')
    expect(raw).not.toHaveProperty('hacked')
    expect(raw?.id).toMatch(UUID_RE)
  })
})

describe('accounts repository: validation', () => {
  it.each([
    ['empty name', { name: '' }, { name: 'validation.required' }],
    ['whitespace name', { name: '   ' }, { name: 'validation.required' }],
    ['10,000-character name', { name: '名'.repeat(10_000) }, { name: 'validation.tooLong' }],
    ['negative employees', { employees: -5 }, { employees: 'validation.negative' }],
    ['empty name and negative employees', { name: '', employees: -5 }, { name: 'validation.required', employees: 'validation.negative' }]
  ])('rejects %s on create and writes nothing', async (_label, overrides, expected) => {
    const db = open()
    const repo = createAccountsRepository(db)
    const error = await expectValidationError(repo.create(accountDraft(overrides)))
    expect(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.key]))).toEqual(expected)
    expect(await db.accounts.count()).toBe(0)
  })

  it('gives tooLong its maximum', async () => {
    const repo = createAccountsRepository(open())
    const error = await expectValidationError(repo.create(accountDraft({ name: 'x'.repeat(10_000) })))
    expect(error.fieldErrors.name).toEqual({ key: 'validation.tooLong', params: { max: 120 } })
  })

  it('rejects non-objects', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    await expectValidationError(repo.create(null))
    await expectValidationError(repo.create('Acme'))
    expect(await db.accounts.count()).toBe(0)
  })

  it('rejects an invalid update and leaves the stored row unchanged', async () => {
    const db = open()
    const clock = fakeClock()
    const repo = createAccountsRepository(db, { now: clock.now })
    const created = await repo.create(fullAccountDraft())

    for (const overrides of [{ name: '' }, { name: 'x'.repeat(10_000) }, { employees: -5 }]) {
      const error = await expectValidationError(repo.update(created.id, { ...fullAccountDraft(), ...overrides }))
      expect(Object.keys(error.fieldErrors)).toEqual(Object.keys(overrides))
    }
    expect(await db.accounts.toArray()).toEqual([created])
  })
})

describe('accounts repository: update', () => {
  it('replaces the draft fields, keeps id and createdAt, bumps updatedAt', async () => {
    const db = open()
    const clock = fakeClock()
    const repo = createAccountsRepository(db, { now: clock.now })
    const created = await repo.create(accountDraft({ name: 'Acme', employees: 10 }))

    const updated = await repo.update(created.id, fullAccountDraft())

    expect(updated.id).toBe(created.id)
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt).toBe(clock.peek())
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt)
    expect(updated.deletedAt).toBeNull()
    expect(updated.name).toBe('华东精密机械有限公司')
    expect(await db.accounts.get(created.id)).toEqual(updated)
    expect(await db.accounts.count()).toBe(1)
  })

  it('keeps the tombstone of a soft-deleted account', async () => {
    const db = open()
    const repo = createAccountsRepository(db, { now: fakeClock().now })
    const created = await repo.create(accountDraft())
    await repo.softDelete(created.id)
    const deletedAt = (await repo.get(created.id))?.deletedAt
    expect(deletedAt).toEqual(expect.any(Number))
    const updated = await repo.update(created.id, accountDraft({ name: 'Renamed' }))
    expect(updated.deletedAt).toBe(deletedAt)
  })

  it('throws RecordNotFoundError for an unknown id and creates nothing', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    await expect(repo.update('33333333-3333-4333-8333-333333333333', accountDraft())).rejects.toBeInstanceOf(
      RecordNotFoundError
    )
    expect(await db.accounts.count()).toBe(0)
  })
})

describe('accounts repository: softDelete and restore', () => {
  it('softDelete hides the account from listAccounts without removing the row; restore brings it back', async () => {
    const db = open()
    const clock = fakeClock()
    const repo = createAccountsRepository(db, { now: clock.now })
    const keep = await repo.create(accountDraft({ name: 'Keep' }))
    const gone = await repo.create(accountDraft({ name: 'Gone' }))
    expect((await listAccounts(db)).items.map((a) => a.name)).toEqual(['Gone', 'Keep'])

    await repo.softDelete(gone.id)
    const deletedAt = clock.peek()

    expect((await listAccounts(db)).items.map((a) => a.id)).toEqual([keep.id])
    const raw = await db.accounts.get(gone.id)
    expect(raw?.deletedAt).toBe(deletedAt)
    expect(raw?.updatedAt).toBe(deletedAt)
    expect(raw?.createdAt).toBe(gone.createdAt)
    expect(raw?.name).toBe('Gone')
    expect(await db.accounts.count()).toBe(2)
    // Still reachable by id, marked deleted, so a screen can offer to restore it.
    expect((await getAccount(db, gone.id)).account?.deletedAt).toBe(deletedAt)

    await repo.restore(gone.id)

    expect((await listAccounts(db)).items.map((a) => a.name)).toEqual(['Gone', 'Keep'])
    const restored = await repo.get(gone.id)
    expect(restored?.deletedAt).toBeNull()
    expect(restored?.updatedAt).toBeGreaterThan(deletedAt)
  })

  it('is idempotent: deleting twice keeps the first tombstone', async () => {
    const db = open()
    const repo = createAccountsRepository(db, { now: fakeClock().now })
    const created = await repo.create(accountDraft())
    await repo.softDelete(created.id)
    const first = await db.accounts.get(created.id)
    await repo.softDelete(created.id)
    expect(await db.accounts.get(created.id)).toEqual(first)
    await repo.restore(created.id)
    const restored = await db.accounts.get(created.id)
    await repo.restore(created.id)
    expect(await db.accounts.get(created.id)).toEqual(restored)
  })

  it('throws RecordNotFoundError for unknown ids', async () => {
    const repo = createAccountsRepository(open())
    const id = '44444444-4444-4444-8444-444444444444'
    await expect(repo.softDelete(id)).rejects.toBeInstanceOf(RecordNotFoundError)
    await expect(repo.restore(id)).rejects.toBeInstanceOf(RecordNotFoundError)
  })
})

describe('accounts repository: get', () => {
  it('returns undefined for an unknown id', async () => {
    const repo = createAccountsRepository(open())
    expect(await repo.get('55555555-5555-4555-8555-555555555555')).toBeUndefined()
  })

  it('throws InvalidStoredRecordError for a corrupt row, and leaves the row in place', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    const id = '66666666-6666-4666-8666-666666666666'
    await db.accounts.put({ id, name: 42 } as never)
    const error = await repo.get(id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidStoredRecordError)
    expect((error as InvalidStoredRecordError).record).toMatchObject({ table: 'accounts', id })
    expect(await db.accounts.count()).toBe(1)
  })
})

describe('stage history', () => {
  it('records each change of stage with its date, and not a save in the same stage', async () => {
    const clock = fakeClock(1_800_000_000_000, 86_400_000)
    const repo = createAccountsRepository(freshDb(), { now: clock.now })
    const created = await repo.create({ ...fullAccountDraft(), stage: 'discover', stageHistory: [] })
    expect(created.stageHistory).toEqual([{ stage: 'discover', at: created.createdAt }])
    const same = await repo.update(created.id, { ...fullAccountDraft(), stage: 'discover', name: '改名' })
    expect(same.stageHistory).toHaveLength(1)
    const moved = await repo.update(created.id, { ...fullAccountDraft(), stage: 'negotiate', stageHistory: [] })
    expect(moved.stageHistory).toEqual([
      { stage: 'discover', at: created.createdAt },
      { stage: 'negotiate', at: moved.updatedAt }
    ])
  })
})

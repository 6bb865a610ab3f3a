import { afterEach, describe, expect, it } from 'vitest'
import { Account } from '#shared/schemas'
import type { AtlasDb } from './db'
import { getAccount, listAccounts } from './queries'
import { readValid } from './read'
import { createAccountsRepository } from './repositories'
import { accountDraft, fakeClock, freshDb } from './testSupport'

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

const BAD_ID = '77777777-7777-4777-8777-777777777777'

describe('listAccounts', () => {
  it('lists valid accounts and reports a row with a bad shape without deleting it', async () => {
    const db = open()
    const repo = createAccountsRepository(db, { now: fakeClock().now })
    const b = await repo.create(accountDraft({ name: 'Beta 公司' }))
    const a = await repo.create(accountDraft({ name: 'Alpha' }))
    // Written behind the repository's back, e.g. by an older build or a bad import.
    await db.accounts.put({ ...a, id: BAD_ID, name: 123, employees: -1, stage: 'unknown-stage' } as never)
    await db.accounts.put({ id: 'not-a-uuid' } as never)

    const result = await listAccounts(db)

    expect(result.items).toEqual([a, b])
    expect(result.invalid).toHaveLength(2)
    const bad = result.invalid.find((r) => r.id === BAD_ID)
    expect(bad).toBeDefined()
    expect(bad?.table).toBe('accounts')
    expect(bad?.message).toMatch(/name/)
    expect(bad?.message).toMatch(/employees/)
    expect(bad?.message).toMatch(/stage/)
    expect(result.invalid.map((r) => r.id)).toContain('not-a-uuid')
    expect(await db.accounts.count()).toBe(4)
  })

  it('leaves out soft-deleted accounts and sorts by name', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    await repo.create(accountDraft({ name: 'charlie' }))
    const deleted = await repo.create(accountDraft({ name: 'Alpha' }))
    await repo.create(accountDraft({ name: 'Bravo' }))
    await repo.softDelete(deleted.id)
    const result = await listAccounts(db)
    expect(result.items.map((x) => x.name)).toEqual(['Bravo', 'charlie'])
    expect(result.invalid).toEqual([])
  })

  it('returns empty lists for an empty database', async () => {
    expect(await listAccounts(open())).toEqual({ items: [], invalid: [] })
  })
})

describe('getAccount', () => {
  it('returns the account, an invalid report, or nothing', async () => {
    const db = open()
    const repo = createAccountsRepository(db)
    const good = await repo.create(accountDraft())
    await db.accounts.put({ id: BAD_ID, name: '' } as never)

    expect(await getAccount(db, good.id)).toEqual({ account: good })
    const bad = await getAccount(db, BAD_ID)
    expect(bad.account).toBeUndefined()
    expect(bad.invalid).toMatchObject({ table: 'accounts', id: BAD_ID })
    expect(await getAccount(db, '88888888-8888-4888-8888-888888888888')).toEqual({})
    expect(await db.accounts.count()).toBe(2)
  })
})

describe('readValid', () => {
  it('splits rows into typed items and invalid reports, whatever the row is', () => {
    const valid = {
      ...accountDraft(),
      id: '99999999-9999-4999-8999-999999999999',
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null
    }
    const result = readValid([valid, null, 'text', { id: 5 }, { ...valid, createdAt: 'yesterday' }], Account, 'accounts')
    expect(result.items).toEqual([valid])
    expect(result.invalid.map((r) => r.id)).toEqual(['(unknown)', '(unknown)', '5', valid.id])
    expect(result.invalid.every((r) => r.table === 'accounts' && r.message.length > 0)).toBe(true)
    expect(result.invalid[3]?.message).toMatch(/createdAt/)
  })
})

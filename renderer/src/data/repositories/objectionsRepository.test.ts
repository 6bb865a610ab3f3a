import { afterEach, describe, expect, it } from 'vitest'
import type { ObjectionDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { fakeClock, freshDb } from '../testSupport'
import { createObjectionsRepository } from './objectionsRepository'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

const draft = (overrides: Partial<ObjectionDraft> = {}): ObjectionDraft => ({
  accountId: 'a0000000-0000-4000-8000-000000000001',
  content: 'price',
  nature: 'genuine',
  text: '比现有供应商贵 8%',
  response: '',
  handling: null,
  status: 'open',
  raisedById: null,
  visitId: null,
  resolvedAt: null,
  ...overrides
})

describe('objections repository: resolvedAt', () => {
  it('dates the resolution when it is resolved, keeps that date on later edits, and clears it when reopened', async () => {
    db = freshDb()
    const clock = fakeClock(1_700_000_000_000, 86_400_000)
    const repo = createObjectionsRepository(db, { now: clock.now })

    const created = await repo.create(draft())
    expect(created.resolvedAt).toBeNull()

    const resolved = await repo.update(created.id, draft({ status: 'resolved' }))
    expect(resolved.resolvedAt).toBe(resolved.updatedAt)

    const edited = await repo.update(created.id, draft({ status: 'resolved', response: '算总成本', resolvedAt: null }))
    expect(edited.updatedAt).toBeGreaterThan(resolved.updatedAt)
    expect(edited.resolvedAt).toBe(resolved.resolvedAt)

    const reopened = await repo.update(created.id, draft({ status: 'open', resolvedAt: resolved.resolvedAt }))
    expect(reopened.resolvedAt).toBeNull()
    expect((await repo.get(created.id))?.resolvedAt).toBeNull()

    const again = await repo.update(created.id, draft({ status: 'resolved' }))
    expect(again.resolvedAt).toBe(again.updatedAt)
  })

  it('keeps the resolution date a new record brings (an import), and dates one created resolved without it', async () => {
    db = freshDb()
    const clock = fakeClock()
    const repo = createObjectionsRepository(db, { now: clock.now })
    expect((await repo.create(draft({ status: 'resolved', resolvedAt: 1_600_000_000_000 }))).resolvedAt).toBe(1_600_000_000_000)
    const fresh = await repo.create(draft({ status: 'resolved' }))
    expect(fresh.resolvedAt).toBe(fresh.createdAt)
  })
})

import { describe, expect, it } from 'vitest'
import { Competitor, Visit } from '#shared/schemas'
import { readValid, readValidCached } from './read'
import { freshDb } from './testSupport'

const meta = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, deletedAt: null }
const accountId = '11111111-2222-4333-8444-555555555555'

describe('reading stored rows', () => {
  it('reads a row in the previous build\'s shape through the same upgrade the migration runs', () => {
    const old = { ...meta, id: 'c0000000-0000-4000-8000-000000000001', accountId, brand: '人本集团', products: '', priceLevel: '', terms: '', yearsWithAccount: null, weaknesses: '' }
    const { items, invalid } = readValid([old], Competitor, 'competitors')
    expect(invalid).toEqual([])
    expect(items[0]).toMatchObject({ supplier: '人本集团', brands: '' })
  })

  it('still reports a row no upgrade can mend, naming the field', () => {
    const broken = { ...meta, id: 'a0000000-0000-4000-8000-000000000001', accountId, date: 'yesterday', objective: '', outcome: '', nextReason: '', attendeeIds: [] }
    const { items, invalid } = readValid([broken], Visit, 'visits')
    expect(items).toEqual([])
    expect(invalid).toEqual([{ table: 'visits', id: broken.id, message: expect.stringContaining('date') }])
  })

  it('keeps reporting a damaged row on every re-run of a cached reader, and re-checks a row when it changes', () => {
    const db = freshDb()
    const read = (rows: unknown[]) => readValidCached(db, rows, Competitor, 'competitors')
    const good = { ...meta, id: 'c0000000-0000-4000-8000-000000000002', accountId, supplier: 'SKF', brands: '', products: '', priceLevel: '', terms: '', yearsWithAccount: null, sharePct: null, weaknesses: '' }
    const broken = { ...good, id: 'c0000000-0000-4000-8000-000000000003', sharePct: 'lots' }
    for (let run = 0; run < 2; run++) {
      const { items, invalid } = read([good, broken])
      expect(items.map((c) => c.id)).toEqual([good.id])
      expect(invalid.map((r) => r.id)).toEqual([broken.id])
    }
    // Changed behind the app's back, even without a new updatedAt, the row is checked again.
    const damagedLater = { ...good, yearsWithAccount: -3 }
    expect(read([damagedLater]).invalid.map((r) => r.id)).toEqual([good.id])
    const mended = { ...broken, updatedAt: broken.updatedAt + 1, sharePct: 40 }
    expect(read([mended]).items.map((c) => c.sharePct)).toEqual([40])
  })
})

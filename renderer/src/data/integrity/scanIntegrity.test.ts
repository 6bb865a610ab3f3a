import { afterEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { BACKUP_TABLES } from '#shared/schemas/backup'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readValid } from '../read'
import { freshDb } from '../testSupport'
import { DAMAGED, FIRST_BAD_PERSON, OLD_VISIT, seedWithDamage } from './integrityTestSupport'
import { SCANNED_TABLES, scanIntegrity, type ScanProgress } from './scanIntegrity'

let db: AtlasDb | undefined
function open(): AtlasDb {
  db = freshDb()
  return db
}
afterEach(async () => {
  await db?.delete()
  db = undefined
})

const keys = (records: readonly InvalidRecord[]) => records.map((r) => `${r.table}/${r.id}`).sort()

/** What today's whole-table reads report: every table read at once and validated row by row. */
async function wholeTableReport(db: AtlasDb): Promise<InvalidRecord[]> {
  const invalid: InvalidRecord[] = []
  for (const table of SCANNED_TABLES) {
    const schema: z.ZodType = BACKUP_TABLES[table]
    invalid.push(...readValid(await db.table(table).toArray(), schema, table).invalid)
  }
  return invalid
}

describe('scanIntegrity', () => {
  it('reports the person without an account, the visit with a bad date and the bad dossier section, not the visit in the older shape', async () => {
    const db = open()
    await seedWithDamage(db)

    const found = await scanIntegrity(db)

    expect(keys(found)).toEqual(DAMAGED)
    expect(found.some((r) => r.id === OLD_VISIT)).toBe(false)
    expect(found.find((r) => r.id === FIRST_BAD_PERSON)?.message).toMatch(/accountId/)
    // The same records, with the same messages, as reading whole tables reports them.
    expect([...found].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...(await wholeTableReport(db))].sort((a, b) => (a.id < b.id ? -1 : 1)))
  })

  it('finds every damaged row whatever the chunk size, the first and last by key included', async () => {
    const db = open()
    await seedWithDamage(db)
    // 8 people (6 valid, 2 damaged at both ends), 4 visits: sizes 1–9 put chunk boundaries on each side of every row.
    for (const chunkSize of [1, 2, 3, 4, 5, 7, 8, 9]) expect(keys(await scanIntegrity(db, { chunkSize })), `chunk size ${chunkSize}`).toEqual(DAMAGED)
  })

  it('reports progress per chunk, each damaged row once, with running counts per table', async () => {
    const db = open()
    await seedWithDamage(db)
    const progress: ScanProgress[] = []

    await scanIntegrity(db, { chunkSize: 3, onProgress: (p) => progress.push(p) })

    expect(keys(progress.flatMap((p) => p.invalid))).toEqual(DAMAGED)
    expect(progress.filter((p) => p.table === 'stakeholders').map((p) => p.checked)).toEqual([3, 6, 8])
    expect(progress.filter((p) => p.table === 'visits').map((p) => p.checked)).toEqual([3, 4])
  })

  it('yields between slices when asked to and stops when aborted', async () => {
    const db = open()
    await seedWithDamage(db)
    let yields = 0
    const found = await scanIntegrity(db, { sliceMs: 0, yieldToHost: async () => void yields++ })
    expect(keys(found)).toEqual(DAMAGED)
    // 1 account + 8 people + 4 visits + 1 section, a slice each.
    expect(yields).toBe(14)

    const controller = new AbortController()
    controller.abort()
    await expect(scanIntegrity(db, { signal: controller.signal })).rejects.toThrow()
  })
})

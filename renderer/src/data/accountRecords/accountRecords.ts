import type { z } from 'zod'
import { Competitor, DossierSection, Objection, Relationship, Stakeholder, Visit } from '#shared/schemas'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readOne } from '../read'

/** An account's related records (people, links, visits, objections, competitors, dossier), validated on read; deleted rows left out. */
export interface AccountRecords {
  stakeholders: Stakeholder[]
  relationships: Relationship[]
  visits: Visit[]
  objections: Objection[]
  competitors: Competitor[]
  dossierSections: DossierSection[]
  invalid: InvalidRecord[]
}

export type AccountRecordTable = Exclude<keyof AccountRecords, 'invalid'>

export const ACCOUNT_RECORD_TABLES: readonly AccountRecordTable[] = ['stakeholders', 'relationships', 'visits', 'objections', 'competitors', 'dossierSections']

const SCHEMAS: { [K in AccountRecordTable]: z.ZodType<AccountRecords[K][number]> } = {
  stakeholders: Stakeholder,
  relationships: Relationship,
  visits: Visit,
  objections: Objection,
  competitors: Competitor,
  dossierSections: DossierSection
}

type Validated = { stored: string; item: unknown }

/** Above this many remembered rows the cache starts over (a few hundred opened accounts' worth). */
const CACHE_LIMIT = 50_000
const validated = new WeakMap<AtlasDb, Map<string, Validated>>()

/**
 * Validates stored rows like `readValid`, but a row whose stored form is exactly what was validated
 * before is not parsed again: a live query that re-runs after one autosave re-validates the saved row,
 * not the 20 pages of dossier beside it, and hands back the same object, so screens can keep their
 * work per row. The stored form (its JSON, which the browser writes far faster than zod checks it) is
 * compared rather than `updatedAt`, so a row changed behind the app's back is still checked. Invalid
 * rows are never remembered: they are reported on every read.
 */
export function readValidCached<T>(db: AtlasDb, rows: readonly unknown[], schema: z.ZodType<T>, table: string): { items: T[]; invalid: InvalidRecord[] } {
  let cache = validated.get(db)
  if (!cache || cache.size > CACHE_LIMIT) validated.set(db, (cache = new Map()))
  const items: T[] = []
  const invalid: InvalidRecord[] = []
  for (const row of rows) {
    const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined
    const key = typeof id === 'string' ? `${table}\u0000${id}` : null
    const stored = JSON.stringify(row)
    const known = key === null ? undefined : cache.get(key)
    if (known && known.stored === stored) {
      items.push(known.item as T)
      continue
    }
    const result = readOne(row, schema, table)
    if ('invalid' in result) {
      invalid.push(result.invalid)
      if (key !== null) cache.delete(key)
      continue
    }
    items.push(result.item as T)
    if (key !== null) cache.set(key, { stored, item: result.item })
  }
  return { items, invalid }
}

const empty = (): AccountRecords => ({ stakeholders: [], relationships: [], visits: [], objections: [], competitors: [], dossierSections: [], invalid: [] })

/**
 * The account's live records, read through the `accountId` index. `tables` names the ones a screen
 * shows (the others come back empty and are not read): the Overview does not need 20 pages of dossier.
 */
export async function readAccountRecords(db: AtlasDb, accountId: string, tables: readonly AccountRecordTable[] = ACCOUNT_RECORD_TABLES): Promise<AccountRecords> {
  const records = empty()
  await Promise.all(
    tables.map(async (table) => {
      const rows: unknown[] = await db.table(table).where('accountId').equals(accountId).toArray()
      const result = readValidCached(db, rows, SCHEMAS[table] as z.ZodType<{ deletedAt: number | null }>, table)
      records.invalid.push(...result.invalid)
      ;(records[table] as { deletedAt: number | null }[]) = result.items.filter((row) => row.deletedAt === null)
    })
  )
  // Reported in the order of the tables, whatever order the reads finished in.
  records.invalid.sort((a, b) => ACCOUNT_RECORD_TABLES.indexOf(a.table as AccountRecordTable) - ACCOUNT_RECORD_TABLES.indexOf(b.table as AccountRecordTable))
  return records
}

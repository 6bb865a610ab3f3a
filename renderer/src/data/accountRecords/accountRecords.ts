import type { z } from 'zod'
import { Competitor, DossierSection, Objection, Relationship, Stakeholder, Visit } from '#shared/schemas'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readValidCached } from '../read'

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

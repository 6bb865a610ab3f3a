import type { z } from 'zod'
import { Competitor, DossierSection, Objection, Relationship, Stakeholder, Visit } from '#shared/schemas'
import type { AtlasDb } from '../db'
import type { InvalidRecord } from '../errors'
import { readValid } from '../read'

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

export async function readAccountRecords(db: AtlasDb, accountId: string): Promise<AccountRecords> {
  const invalid: InvalidRecord[] = []
  const read = async <T extends { deletedAt: number | null }>(table: string, schema: z.ZodType<T>): Promise<T[]> => {
    const rows = await db.table(table).where('accountId').equals(accountId).toArray()
    const result = readValid(rows, schema, table)
    invalid.push(...result.invalid)
    return result.items.filter((row) => row.deletedAt === null)
  }
  const [stakeholders, relationships, visits, objections, competitors, dossierSections] = await Promise.all([
    read('stakeholders', Stakeholder),
    read('relationships', Relationship),
    read('visits', Visit),
    read('objections', Objection),
    read('competitors', Competitor),
    read('dossierSections', DossierSection)
  ])
  return { stakeholders, relationships, visits, objections, competitors, dossierSections, invalid }
}

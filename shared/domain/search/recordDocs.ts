import { extractFindings } from '#shared/domain/dossier'
import type { Account, Competitor, DossierSection, Objection, Stakeholder, Visit } from '#shared/schemas'
import type { SearchDoc } from './searchIndex'

/** The tables quick search reads, and the record each holds. */
export interface SearchRecords {
  accounts: Account
  stakeholders: Stakeholder
  dossierSections: DossierSection
  visits: Visit
  objections: Objection
  competitors: Competitor
}
export type SearchTable = keyof SearchRecords
export const SEARCH_TABLES: readonly SearchTable[] = ['accounts', 'stakeholders', 'dossierSections', 'visits', 'objections', 'competitors']

/** The index's name for one stored record, whose documents are replaced together. */
export const sourceOf = (table: SearchTable, id: string): string => `${table}:${id}`

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n')

type Body = Omit<SearchDoc, 'accountId' | 'accountName'>

/**
 * What quick search finds in one record: nothing for a deleted one or one whose account is not live.
 * Sensitive personal notes are deliberately not searchable.
 */
export function recordDocs<T extends SearchTable>(table: T, record: SearchRecords[T], account: Account | undefined): SearchDoc[] {
  if (!account || account.deletedAt !== null || record.deletedAt !== null) return []
  return bodies(table, record).map((body) => ({ ...body, accountId: account.id, accountName: account.name }))
}

function bodies(table: SearchTable, record: SearchRecords[SearchTable]): Body[] {
  switch (table) {
    case 'accounts': {
      const a = record as Account
      return [{ kind: 'account', id: a.id, title: a.name, text: join(a.industry, a.address, a.productLines, a.projectInfo, a.creditNotes, a.responsiblePerson), updatedAt: a.updatedAt }]
    }
    case 'stakeholders': {
      const p = record as Stakeholder
      return [{ kind: 'person', id: p.id, title: p.name, text: join(p.title, p.department, p.caresAbout, p.phone, p.email, p.messaging), updatedAt: p.updatedAt }]
    }
    case 'dossierSections': {
      const s = record as DossierSection
      if (!s.plainText.trim()) return []
      return [
        { kind: 'dossier', id: s.id, title: '', text: s.plainText, updatedAt: s.updatedAt, channel: s.channel },
        ...extractFindings(s.content, s.channel).map((f): Body => ({ kind: 'finding', id: f.id, title: f.text, text: '', updatedAt: s.updatedAt, channel: f.channel, verified: f.verified, date: f.date }))
      ]
    }
    case 'visits': {
      const v = record as Visit
      return [{ kind: 'visit', id: v.id, title: v.objective, text: join(v.outcome, v.nextReason), updatedAt: v.updatedAt }]
    }
    case 'objections': {
      const o = record as Objection
      return [{ kind: 'objection', id: o.id, title: o.text, text: o.response, updatedAt: o.updatedAt }]
    }
    case 'competitors': {
      const c = record as Competitor
      return [{ kind: 'competitor', id: c.id, title: c.supplier, text: join(c.brands, c.products, c.terms, c.weaknesses), updatedAt: c.updatedAt }]
    }
  }
}

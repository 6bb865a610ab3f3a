import { extractFindings } from '#shared/domain/dossier'
import type { SearchDoc } from '#shared/domain/search'
import { Account, Competitor, DossierSection, Objection, Stakeholder, Visit } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { readValid } from '../read'

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n')

/**
 * Everything the quick search looks through, one document per record of a live account.
 * Sensitive personal notes are deliberately not searchable.
 */
export async function readSearchDocs(db: AtlasDb): Promise<SearchDoc[]> {
  const [accountRows, peopleRows, sectionRows, visitRows, objectionRows, competitorRows] = await Promise.all([
    db.accounts.toArray(),
    db.stakeholders.toArray(),
    db.dossierSections.toArray(),
    db.visits.toArray(),
    db.objections.toArray(),
    db.competitors.toArray()
  ])
  const live = <T extends { deletedAt: number | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null)
  const accounts = new Map(live(readValid(accountRows, Account, 'accounts').items).map((a) => [a.id, a]))
  const docs: SearchDoc[] = []
  const add = (accountId: string, doc: Omit<SearchDoc, 'accountId' | 'accountName'>) => {
    const account = accounts.get(accountId)
    if (account) docs.push({ ...doc, accountId, accountName: account.name })
  }
  for (const a of accounts.values()) {
    add(a.id, { kind: 'account', id: a.id, title: a.name, text: join(a.industry, a.address, a.productLines, a.projectInfo, a.creditNotes, a.responsiblePerson), updatedAt: a.updatedAt })
  }
  for (const p of live(readValid(peopleRows, Stakeholder, 'stakeholders').items)) {
    add(p.accountId, { kind: 'person', id: p.id, title: p.name, text: join(p.title, p.department, p.caresAbout, p.phone, p.email, p.messaging), updatedAt: p.updatedAt })
  }
  for (const s of live(readValid(sectionRows, DossierSection, 'dossierSections').items)) {
    if (!s.plainText.trim()) continue
    add(s.accountId, { kind: 'dossier', id: s.id, title: '', text: s.plainText, updatedAt: s.updatedAt, channel: s.channel })
    for (const f of extractFindings(s.content, s.channel)) {
      add(s.accountId, { kind: 'finding', id: f.id, title: f.text, text: '', updatedAt: s.updatedAt, channel: f.channel, verified: f.verified, date: f.date })
    }
  }
  for (const v of live(readValid(visitRows, Visit, 'visits').items)) {
    add(v.accountId, { kind: 'visit', id: v.id, title: v.objective, text: join(v.outcome, v.nextReason), updatedAt: v.updatedAt })
  }
  for (const o of live(readValid(objectionRows, Objection, 'objections').items)) {
    add(o.accountId, { kind: 'objection', id: o.id, title: o.text, text: o.response, updatedAt: o.updatedAt })
  }
  for (const c of live(readValid(competitorRows, Competitor, 'competitors').items)) {
    add(c.accountId, { kind: 'competitor', id: c.id, title: c.supplier, text: join(c.brands, c.products, c.terms, c.weaknesses), updatedAt: c.updatedAt })
  }
  return docs
}

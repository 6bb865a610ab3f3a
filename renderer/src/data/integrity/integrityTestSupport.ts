// Helpers for the integrity scan's tests (not exported from index.ts).
import { addCalendarDays } from '#shared/domain/cadence'
import type { VisitDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { createRepositories } from '../repositories'
import { accountDraft, fakeClock, stakeholderDraft } from '../testSupport'

export const FIRST_BAD_PERSON = '00000000-0000-4000-8000-000000000001'
export const LAST_BAD_PERSON = 'ffffffff-ffff-4fff-8fff-fffffffffff1'
export const BAD_VISIT = '7a7a7a7a-7a7a-4a7a-8a7a-7a7a7a7a7a7a'
export const OLD_VISIT = '5b5b5b5b-5b5b-4b5b-8b5b-5b5b5b5b5b5b'
export const BAD_SECTION = '3c3c3c3c-3c3c-4c3c-8c3c-3c3c3c3c3c3c'

/** Writes rows straight into IndexedDB, past Dexie and its middleware, as an older build or an import might. */
export async function putRaw(db: AtlasDb, table: string, rows: readonly unknown[]): Promise<void> {
  await db.open()
  const idb = db.backendDB()
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite')
    for (const row of rows) tx.objectStore(table).put(row)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
}

function visitDraft(accountId: string, fields: Partial<VisitDraft> = {}): VisitDraft {
  return { accountId, kind: 'revisit', status: 'done', date: addCalendarDays(Date.now(), -3), time: null, objective: '', questions: [], outcome: 'Met', nextReason: '', attendeeIds: [], tasks: [], ...fields }
}

/**
 * One account with six valid people and two visits, plus, written raw: a person with no account at the
 * first and one at the last primary key, a visit with a date that is not a date, a dossier section with
 * an unknown channel, and a visit in the v2 shape (no kind, status, time, questions or tasks), which
 * upgrades and is valid.
 */
export async function seedWithDamage(db: AtlasDb) {
  const repos = createRepositories(db, { now: fakeClock().now })
  const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const first = await repos.stakeholders.create(stakeholderDraft(account.id, { name: '联系人 0' }))
  const people = [first]
  for (let i = 1; i < 6; i++) people.push(await repos.stakeholders.create(stakeholderDraft(account.id, { name: `联系人 ${i}` })))
  const visit = await repos.visits.create(visitDraft(account.id))
  await repos.visits.create(visitDraft(account.id, { outcome: 'Second' }))

  const { accountId: _dropped, ...orphan } = first
  await putRaw(db, 'stakeholders', [
    { ...orphan, id: FIRST_BAD_PERSON },
    { ...orphan, id: LAST_BAD_PERSON }
  ])
  const { kind: _k, status: _s, time: _t, questions: _q, tasks: _ts, ...v2 } = visit
  await putRaw(db, 'visits', [
    { ...visit, id: BAD_VISIT, date: 'next Tuesday' },
    { ...v2, id: OLD_VISIT }
  ])
  await putRaw(db, 'dossierSections', [
    { id: BAD_SECTION, accountId: account.id, channel: 'rumours', order: 0, collapsed: false, content: null, plainText: '', createdAt: 1, updatedAt: 1, deletedAt: null }
  ])
  return { account, people }
}

/** The damaged rows seedWithDamage writes, as "table/id", sorted. */
export const DAMAGED = [`dossierSections/${BAD_SECTION}`, `stakeholders/${FIRST_BAD_PERSON}`, `stakeholders/${LAST_BAD_PERSON}`, `visits/${BAD_VISIT}`].sort()

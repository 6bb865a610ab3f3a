import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { listDossierFindings, listDossierSections } from './dossierQueries'

const ACCOUNT = 'a0000000-0000-4000-8000-000000000001'
const state = (text: string, findingId?: string) => ({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: [{
      type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
      children: findingId
        ? [{ type: 'finding', version: 1, direction: null, format: '', indent: 0, findingId, channel: 'gatekeeper', sourceId: null, date: 1_700_000_000_000, confidence: 'medium', verified: false, verifiedAt: null, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }]
        : [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }]
    }]
  }
})
const section = (n: number, content: unknown, updatedAt = 1) => ({
  id: `e0000000-0000-4000-8000-00000000000${n}`,
  accountId: ACCOUNT,
  channel: (['gatekeeper', 'warehouse'] as const)[n]!,
  order: n,
  collapsed: false,
  content,
  plainText: '',
  createdAt: 1,
  updatedAt,
  deletedAt: null
})

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

describe('listDossierSections, read again after a change', () => {
  it('reports a section whose row was rewritten with broken content, and shows the new text of a saved one', async () => {
    db = freshDb()
    await db.table('dossierSections').bulkPut([section(0, state('老板姓王', 'f1')), section(1, state('SKF 6204'))])
    const first = await listDossierSections(db, ACCOUNT)
    expect(first.sections.map((s) => s.channel)).toEqual(['gatekeeper', 'warehouse'])
    expect((await listDossierFindings(db, ACCOUNT)).map((f) => f.text)).toEqual(['老板姓王'])

    await db.table('dossierSections').put(section(0, { root: { type: 'root', children: [{ type: 'bogus' }] } }, 2))
    await db.table('dossierSections').put(section(1, state('NSK 6205', 'f2'), 2))
    const second = await listDossierSections(db, ACCOUNT)
    expect(second.corrupt.map((c) => c.channel)).toEqual(['gatekeeper'])
    expect(second.sections.map((s) => s.content)).toEqual([state('NSK 6205', 'f2')])
    expect((await listDossierFindings(db, ACCOUNT)).map((f) => f.text)).toEqual(['NSK 6205'])
    // Still reported on the next read: a corrupt row is never remembered as read.
    expect((await listDossierSections(db, ACCOUNT)).corrupt.map((c) => c.channel)).toEqual(['gatekeeper'])
  })

  it('hands back the same section while its row is unchanged (nothing is parsed again)', async () => {
    db = freshDb()
    await db.table('dossierSections').bulkPut([section(0, state('老板姓王')), section(1, state('SKF 6204'))])
    const first = await listDossierSections(db, ACCOUNT)
    await db.table('dossierSections').put(section(1, state('NSK 6205'), 2))
    const second = await listDossierSections(db, ACCOUNT)
    expect(second.sections[0]).toBe(first.sections[0])
    expect(second.sections[1]).not.toBe(first.sections[1])
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { extractFindings } from '#shared/domain/dossier'
import type { VisitDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { listDossierSections } from '../dossier'
import { RecordNotFoundError } from '../errors'
import { createRepositories } from '../repositories'
import { accountDraft, freshDb, stakeholderDraft } from '../testSupport'
import { createVisitFindings } from './answerToFinding'
import { readNextPlannedVisit } from './nextPlannedVisit'

const DAY = 86_400_000
const NOW = new Date(2026, 8, 21, 9, 15).getTime()
const noon = (days: number) => new Date(2026, 8, 21 + days, 12).getTime()
const Q1 = '0d000000-0000-4000-8000-000000000001'
const Q2 = '0d000000-0000-4000-8000-000000000002'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

async function setup() {
  db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft())
  const buyer = await repos.stakeholders.create(stakeholderDraft(account.id, { name: '李娜' }))
  const draft = (patch: Partial<VisitDraft>): VisitDraft => ({
    accountId: account.id, kind: 'revisit', status: 'done', date: noon(-1), time: null, objective: '', questions: [],
    outcome: '', nextReason: '', attendeeIds: [buyer.id], tasks: [], ...patch
  })
  return { repos, account, buyer, draft }
}

describe('readNextPlannedVisit', () => {
  it("is the account's earliest plan from today on; a plan left in the past, a record or a deleted plan is not", async () => {
    const { repos, account, draft } = await setup()
    await repos.visits.create(draft({ status: 'planned', date: noon(-1), objective: 'missed' }))
    await repos.visits.create(draft({ status: 'done', date: noon(1), objective: 'record' }))
    const gone = await repos.visits.create(draft({ status: 'planned', date: noon(0), objective: 'deleted' }))
    await repos.visits.softDelete(gone.id)
    expect(await readNextPlannedVisit(db, account.id, NOW)).toBeNull()
    await repos.visits.create(draft({ status: 'planned', date: noon(7), objective: 'next week' }))
    await repos.visits.create(draft({ status: 'planned', date: noon(0), objective: 'today' }))
    expect((await readNextPlannedVisit(db, account.id, NOW))?.objective).toBe('today')
    expect((await readNextPlannedVisit(db, account.id, NOW + DAY))?.objective).toBe('next week')
  })
})

describe('addAnswerToDossier', () => {
  it('appends the answer as a finding to the chosen section and keeps its id on the question, once', async () => {
    const { repos, account, buyer, draft } = await setup()
    const visit = await repos.visits.create(
      draft({ questions: [{ id: Q1, text: '谁批采购？', answer: '厂长签字', findingId: null }, { id: Q2, text: '年用量？', answer: '', findingId: null }] })
    )
    const findings = createVisitFindings(db)
    const id = await findings.addAnswerToDossier({ visitId: visit.id, questionId: Q1, channel: 'purchasing', sourceId: buyer.id, sourceNote: '9月20日拜访' })

    const { sections } = await listDossierSections(db, account.id)
    const purchasing = sections.find((s) => s.channel === 'purchasing')!
    expect(purchasing.plainText).toBe('谁批采购？ — 厂长签字 (9月20日拜访)')
    expect(extractFindings(purchasing.content, 'purchasing')).toEqual([
      expect.objectContaining({ id, text: '谁批采购？ — 厂长签字', channel: 'purchasing', sourceId: buyer.id, date: visit.date, verified: false })
    ])
    const stored = await repos.visits.get(visit.id)
    expect(stored?.questions.map((q) => q.findingId)).toEqual([id, null])

    expect(await findings.addAnswerToDossier({ visitId: visit.id, questionId: Q1, channel: 'purchasing', sourceId: null, sourceNote: '' })).toBe(id)
    expect(extractFindings((await listDossierSections(db, account.id)).sections.find((s) => s.channel === 'purchasing')!.content, 'purchasing')).toHaveLength(1)
  })

  it('writes nothing for a question the visit does not have', async () => {
    const { repos, account, draft } = await setup()
    const visit = await repos.visits.create(draft({}))
    await expect(
      createVisitFindings(db).addAnswerToDossier({ visitId: visit.id, questionId: Q1, channel: 'purchasing', sourceId: null, sourceNote: '' })
    ).rejects.toBeInstanceOf(RecordNotFoundError)
    expect((await listDossierSections(db, account.id)).sections).toEqual([])
  })
})

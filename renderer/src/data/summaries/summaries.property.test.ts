import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_COVERAGE_SETTINGS } from '#shared/domain/stakeholders'
import type { AccountSummary } from '#shared/domain/summaries'
import { BUYING_ROLES, OBJECTION_CONTENTS, OBJECTION_NATURES, PIPELINE_STAGES, VISIT_STATUSES, type VisitDraft } from '#shared/schemas'
import type { AtlasDb } from '../db'
import { createRepositories } from '../repositories'
import { createStakeholderMapRepository } from '../stakeholders/mapRepository'
import { writeCoverageSettings } from '../stakeholders/settings'
import { accountDraft, fakeClock, freshDb, stakeholderDraft } from '../testSupport'
import { computeAllSummaries } from './rebuild'

const DAY = 86_400_000
const T0 = 1_700_000_000_000

/** One edit a rep can make, against the n-th account / person / visit that exists at that point. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('account' as const) }),
  fc.record({ op: fc.constant('stage' as const), at: fc.nat(), stage: fc.constantFrom(...PIPELINE_STAGES) }),
  fc.record({ op: fc.constant('deleteAccount' as const), at: fc.nat(), restore: fc.boolean() }),
  fc.record({ op: fc.constant('person' as const), at: fc.nat(), role: fc.constantFrom(...BUYING_ROLES), departed: fc.boolean() }),
  fc.record({ op: fc.constant('editPerson' as const), at: fc.nat(), role: fc.constantFrom(...BUYING_ROLES) }),
  fc.record({ op: fc.constant('removePerson' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('visit' as const),
    at: fc.nat(),
    status: fc.constantFrom(...VISIT_STATUSES),
    dayOffset: fc.integer({ min: -90, max: 60 }),
    openTasks: fc.nat({ max: 3 }),
    doneTasks: fc.nat({ max: 2 })
  }),
  fc.record({ op: fc.constant('logVisit' as const), at: fc.nat(), dayOffset: fc.integer({ min: -30, max: 5 }), closeTasks: fc.boolean() }),
  fc.record({ op: fc.constant('deleteVisit' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('section' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('objection' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('competitor' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('link' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('coverageRules' as const), rule: fc.constantFrom(...Object.keys(DEFAULT_COVERAGE_SETTINGS.enabled)), on: fc.boolean() })
)

let db: AtlasDb | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
})

const pick = <T,>(list: readonly T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length])
const byAccount = (a: AccountSummary, b: AccountSummary) => a.accountId.localeCompare(b.accountId)

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

async function play(edits: readonly Edit[]) {
  db = freshDb()
  const clock = fakeClock(T0, 60_000)
  const repos = createRepositories(db, { now: clock.now })
  const map = createStakeholderMapRepository(db, { now: clock.now })
  const accounts: string[] = []
  const people: { id: string; accountId: string }[] = []
  const visits: { id: string; draft: VisitDraft }[] = []
  let settings = structuredClone(DEFAULT_COVERAGE_SETTINGS)
  let n = 0
  const task = (done: boolean) => ({ id: globalThis.crypto.randomUUID(), text: `跟进 ${++n}`, dueDate: null, doneAt: done ? T0 : null })
  for (const e of edits) {
    const accountId = pick(accounts, 'at' in e ? e.at : 0)
    switch (e.op) {
      case 'account':
        accounts.push((await repos.accounts.create(accountDraft({ name: `客户 ${++n}` }))).id)
        break
      case 'stage':
        if (accountId) await repos.accounts.update(accountId, accountDraft({ name: `客户 ${accountId.slice(0, 4)}`, stage: e.stage }))
        break
      case 'deleteAccount':
        if (accountId) await (e.restore ? repos.accounts.restore(accountId) : repos.accounts.softDelete(accountId))
        break
      case 'person':
        if (accountId) {
          const person = await repos.stakeholders.create(stakeholderDraft(accountId, { roles: [e.role], departedAt: e.departed ? T0 : null, position: null }))
          people.push({ id: person.id, accountId })
        }
        break
      case 'editPerson': {
        const person = pick(people, e.at)
        if (person) await map.updatePerson(person.id, stakeholderDraft(person.accountId, { roles: [e.role], position: null }))
        break
      }
      case 'removePerson': {
        const person = pick(people, e.at)
        if (person) await map.deletePerson(person.id)
        break
      }
      case 'visit':
        if (accountId) {
          const draft: VisitDraft = {
            accountId, kind: 'revisit', status: e.status, date: T0 + e.dayOffset * DAY, time: null, objective: '', questions: [],
            outcome: '', nextReason: '', attendeeIds: [],
            tasks: [...Array.from({ length: e.openTasks }, () => task(false)), ...Array.from({ length: e.doneTasks }, () => task(true))]
          }
          visits.push({ id: (await repos.visits.create(draft)).id, draft })
        }
        break
      case 'logVisit': {
        const visit = pick(visits, e.at)
        if (visit) {
          visit.draft = { ...visit.draft, status: 'done', date: T0 + e.dayOffset * DAY, tasks: visit.draft.tasks.map((t) => (e.closeTasks ? { ...t, doneAt: T0 } : t)) }
          await repos.visits.update(visit.id, visit.draft)
        }
        break
      }
      case 'deleteVisit': {
        const visit = pick(visits, e.at)
        if (visit) await repos.visits.softDelete(visit.id)
        break
      }
      case 'section':
        if (accountId) await repos.dossierSections.create({ accountId, channel: 'gatekeeper', order: 0, collapsed: false, content: null, plainText: '门卫说…' })
        break
      case 'objection':
        if (accountId) await repos.objections.create({ accountId, content: OBJECTION_CONTENTS[0], nature: OBJECTION_NATURES[0], text: '价格偏高', response: '', handling: null, status: 'open' })
        break
      case 'competitor':
        if (accountId) await repos.competitors.create({ accountId, supplier: 'SKF', brands: '', products: '', priceLevel: '', terms: '', yearsWithAccount: null, sharePct: null, weaknesses: '' })
        break
      case 'link': {
        const from = pick(people, e.at)
        const to = from && people.find((p) => p.accountId === from.accountId && p.id !== from.id)
        if (from && to) await map.createLink({ accountId: from.accountId, fromId: from.id, toId: to.id, kind: 'reportsTo', note: '' })
        break
      }
      case 'coverageRules':
        settings = { ...settings, enabled: { ...settings.enabled, [e.rule]: e.on } }
        await writeCoverageSettings(db, settings, clock.now())
        break
    }
  }
  const kept = (await db.accountSummaries.toArray()).sort(byAccount)
  const rebuilt = (await computeAllSummaries((name) => db!.table(name))).sort(byAccount)
  return { kept, rebuilt, accounts }
}

describe('account summaries kept inside every write', () => {
  it('always equal the summaries rebuilt from scratch, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 40 }), async (edits) => {
        const { kept, rebuilt, accounts } = await play([{ op: 'account' }, ...edits])
        expect(kept).toEqual(rebuilt)
        expect(kept.map((s) => s.accountId).sort()).toEqual([...accounts].sort())
        await db?.delete()
        db = undefined
      }),
      { numRuns: 60 }
    )
  }, 60_000)
})

// The scale book of issue 13: a key-account rep's five years in Account Atlas — 1,000 accounts, 20,000
// people, 50,000 visits, 7,000 dossier sections, with their reporting lines, objections, competitors and
// the team's answer library — as the tables of a backup file, rows in the stored shape (they pass the
// app's schemas; tests/unit/bench/scaleBook.test.ts checks). Deterministic for a seed and a "today".
// Two accounts are special: the large one (50 people, a ~20-page dossier in 7 long sections, 60 visits)
// and one with a 300-person organisation; `big` and `org` name them for the bench.
import { emptyAccountDraft, type Account, type StageChange } from '#shared/schemas/account'
import { emptyBackupTables, type BackupFile } from '#shared/schemas/backup'
import { INTEL_CHANNELS, PIPELINE_STAGES, type BuyingRole, type PipelineStage, type VisitKind } from '#shared/schemas/enums'
import type { Competitor, DossierSection, Objection, ObjectionAnswer, Visit } from '#shared/schemas/activity'
import type { Relationship, Stakeholder } from '#shared/schemas/stakeholder'
import type { StakeholderChange } from '#shared/schemas/v2entities'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { BIG_INDEX, BIG_PEOPLE, ORG_INDEX, ORG_PEOPLE, SCALE, SCALE_NOW, SCALE_SEED, scaleAccountHeads } from './accounts'
import { createRng, scaleId, type Rng } from './prng'
import { emptySection, sectionText } from './dossierText'
import * as words from './vocabulary'

const DAY = 86_400_000
const YEARS = 5
/** ~20 pages of ~3,000 characters for the large account, over its 7 sections. */
const BIG_DOSSIER_CHARS = 60_000
const BIG_FINDINGS = 140
const BIG_VISITS = 60
const ORG_VISITS = 120

export type ScaleBook = {
  tables: BackupFile['tables']
  big: { id: string; name: string; people: number; sections: number; dossierChars: number }
  org: { id: string; name: string; people: number }
  now: number
}

const ROLE_OF: Record<string, BuyingRole[]> = {
  Management: ['decisionMaker'],
  Purchasing: ['buyer'],
  Engineering: ['technicalEvaluator', 'influencer'],
  Production: ['user'],
  Maintenance: ['user', 'executor'],
  Quality: ['influencer'],
  Finance: ['finance'],
  Warehouse: ['gatekeeper']
}
const VISIT_KINDS: readonly VisitKind[] = ['revisit', 'revisit', 'revisit', 'visit', 'plantTour', 'phoneAppointment', 'message', 'meetingOutside']

/** Splits `total` over `n` slots: fixed sizes where given, the rest random around `around` and summing exactly. */
function allocate(rng: Rng, n: number, total: number, fixed: Record<number, number>, [lo, hi]: [number, number]): number[] {
  const counts = Array.from({ length: n }, (_, i) => fixed[i] ?? rng.int(lo, hi))
  const free = counts.map((_, i) => i).filter((i) => fixed[i] === undefined)
  let sum = counts.reduce((a, b) => a + b, 0)
  for (let k = 0; sum !== total; k++) {
    const i = free[k % free.length]!
    const step = sum < total ? 1 : -1
    if (counts[i]! + step < 1) continue
    counts[i] = counts[i]! + step
    sum += step
  }
  return counts
}

/** Noon UTC of the day `t` falls in: visits and tasks are calendar days. */
const noon = (t: number) => Math.floor(t / DAY) * DAY + 12 * 3_600_000

export function generateScaleBook({ seed = SCALE_SEED, now = SCALE_NOW }: { seed?: number; now?: number } = {}): ScaleBook {
  const rng = createRng(seed ^ 0x9e3779b9)
  const heads = scaleAccountHeads(seed, now)
  const peopleCounts = allocate(rng, SCALE.accounts, SCALE.people, { [BIG_INDEX]: BIG_PEOPLE, [ORG_INDEX]: ORG_PEOPLE }, [6, 34])
  const visitCounts = allocate(rng, SCALE.accounts, SCALE.visits, { [BIG_INDEX]: BIG_VISITS, [ORG_INDEX]: ORG_VISITS }, [15, 85])
  const tables: BackupFile['tables'] = emptyBackupTables()
  const n = { person: 0, link: 0, visit: 0, section: 0, objection: 0, competitor: 0, question: 0, task: 0, change: 0 }
  const meta = (kind: string, i: number, createdAt: number, updatedAt = createdAt) => ({ id: scaleId(kind, i), createdAt, updatedAt, deletedAt: null })
  const since = now - YEARS * 365 * DAY
  let bigChars = 0

  heads.forEach((head, a) => {
    const { english } = head
    const createdAt = since + rng.int(0, 365) * DAY
    const account = buildAccount(rng, head, createdAt, now)
    tables.accounts.push(account)

    // People: the top of the organisation first, everyone else reporting to someone listed before them.
    const people: Stakeholder[] = []
    for (let p = 0; p < peopleCounts[a]!; p++) {
      const dept = p === 0 ? words.DEPARTMENTS[0]! : rng.pick(words.DEPARTMENTS)
      const name = english
        ? `${rng.pick(words.EN_FIRST)} ${rng.pick(words.EN_LAST)}`
        : `${rng.pick([...words.SURNAMES])}${rng.pick([...words.GIVEN])}${rng.chance(0.6) ? rng.pick([...words.GIVEN]) : ''}`
      const at = createdAt + rng.int(0, YEARS * 300) * DAY
      people.push({
        ...meta('b', n.person++, Math.min(at, now), Math.min(at + rng.int(0, 200) * DAY, now)),
        ...emptyStakeholderDraft(account.id, {
          name,
          title: p === 0 ? (english ? 'General Manager' : '总经理') : rng.pick(english ? dept.enTitles : dept.titles),
          department: english ? dept.en : dept.zh,
          phone: english ? `+86 512 ${rng.int(6000_0000, 6999_9999)}` : `1${rng.int(30, 89)}${rng.int(1000_0000, 9999_9999)}`,
          email: english ? `${name.split(' ')[0]!.toLowerCase()}@example.com` : '',
          messaging: english ? '' : `wx_${rng.int(10_000, 99_999)}`,
          roles: ROLE_OF[dept.en]!.slice(0, rng.int(1, ROLE_OF[dept.en]!.length)),
          stance: rng.pick(['supporter', 'supporter', 'neutral', 'neutral', 'opponent', 'unknown'] as const),
          influence: p === 0 ? 'high' : rng.pick(['low', 'medium', 'medium', 'high'] as const),
          relationshipStage: rng.pick(['acquaintance', 'meeting', 'recognition', 'trust', 'alliance'] as const),
          isCoach: p === 3,
          line: p < 2 ? 'main' : p < 4 ? 'auxiliary' : 'none',
          personality: rng.chance(0.3) ? rng.pick(['rational', 'impulsive', 'stubborn', 'indecisive', 'suspicious', 'haggling'] as const) : null,
          caresAbout: rng.chance(0.6) ? rng.pick(words.CARES) : '',
          sensitiveNotes: rng.chance(0.1) ? (english ? 'Two kids; plays golf on Sundays.' : '孩子今年高考，周末爱钓鱼。') : '',
          departedAt: p > 4 && rng.chance(0.03) ? now - rng.int(10, 400) * DAY : null
        })
      })
    }
    tables.stakeholders.push(...people)
    const link = (from: number, to: number, kind: Relationship['kind']) =>
      tables.relationships.push({ ...meta('c', n.link++, people[from]!.createdAt), accountId: account.id, fromId: people[from]!.id, toId: people[to]!.id, kind, note: kind === 'rival' ? (english ? 'Competing for the plant manager job' : '两人在争生产副总的位置') : '' })
    for (let p = 1; p < people.length; p++) link(p, Math.floor((p - 1) / rng.int(3, 5)), 'reportsTo')
    for (let p = 5; p < people.length; p += rng.int(5, 9)) link(p, rng.int(0, p - 1), rng.pick(['influences', 'influences', 'ally', 'rival'] as const))

    // Visits: evenly over the years the account has been known, the newest first in time order; about
    // half the accounts also have one planned in the next two weeks.
    const visits: Visit[] = []
    const planned = a <= ORG_INDEX || rng.chance(0.5)
    const count = visitCounts[a]!
    for (let v = 0; v < count; v++) {
      const isPlan = planned && v === count - 1
      const date = isPlan ? noon(now + rng.int(1, 14) * DAY) : noon(createdAt + ((now - createdAt) * (v + rng.next() * 0.8)) / count)
      visits.push(buildVisit(rng, meta('d', n.visit++, Math.min(date, now) - DAY, Math.min(date, now)), account.id, people, isPlan, date, now, n))
    }
    tables.visits.push(...visits)

    // Dossier: one section per channel; a third of the small accounts' sections were never written in.
    const big = a === BIG_INDEX
    INTEL_CHANNELS.forEach((channel, order) => {
      const at = Math.min(now, createdAt + rng.int(30, YEARS * 300) * DAY)
      const written = big || a === ORG_INDEX || rng.chance(0.66)
      const section = written
        ? sectionText(rng, channel, {
            chars: big ? Math.round(BIG_DOSSIER_CHARS / INTEL_CHANNELS.length) : rng.int(80, 700),
            findings: big ? BIG_FINDINGS / 7 : rng.chance(0.3) ? 1 : 0,
            people: big ? people : people.slice(0, 5),
            date: at,
            findingPrefix: `f${a}-${order}`
          })
        : emptySection()
      if (big) bigChars += section.plainText.length
      const row: DossierSection = { ...meta('e', n.section++, createdAt, at), accountId: account.id, channel, order, collapsed: false, ...section }
      tables.dossierSections.push(row)
    })

    // Objections (some accounts) and current suppliers (every account has one to three).
    const done = visits.filter((v) => v.status === 'done')
    const objections = a <= ORG_INDEX ? 4 : rng.chance(0.4) ? rng.int(1, 3) : 0
    for (let o = 0; o < objections; o++) {
      const pick = rng.pick(words.OBJECTIONS)
      const visit = done.length > 0 ? rng.pick(done) : null
      const resolved = rng.chance(0.5)
      const row: Objection = {
        ...meta('f', n.objection++, visit?.date ?? createdAt),
        accountId: account.id,
        content: pick.content,
        nature: rng.pick(['genuine', 'false', 'hidden'] as const),
        text: pick.text,
        response: resolved ? pick.response : '',
        handling: resolved ? rng.pick(['compensate', 'turnAround', 'ask', 'yesIf'] as const) : null,
        status: resolved ? 'resolved' : 'open',
        raisedById: rng.pick(people).id,
        visitId: visit?.id ?? null,
        resolvedAt: resolved ? Math.min(now, (visit?.date ?? createdAt) + 20 * DAY) : null
      }
      tables.objections.push(row)
    }
    for (let c = rng.int(1, 3); c > 0; c--) {
      const row: Competitor = {
        ...meta('1', n.competitor++, createdAt),
        accountId: account.id,
        supplier: rng.pick(words.SUPPLIERS),
        brands: rng.pick(words.SUPPLIERS),
        products: english ? 'Deep-groove ball bearings, 6200 series' : '深沟球轴承 6200 系列、圆锥滚子轴承',
        priceLevel: rng.pick(['高', '中', '低', 'High', 'Medium']),
        terms: rng.pick(['90 天承兑', '月结 60 天', '60 days net']),
        yearsWithAccount: rng.int(1, 15),
        sharePct: rng.int(10, 80),
        weaknesses: rng.pick(words.WEAKNESSES)
      }
      tables.competitors.push(row)
    }

    // The large account's people have a history of stance changes.
    if (big) {
      for (let c = 0; c < 20; c++) {
        const who = people[c + 1]!
        const row: StakeholderChange = {
          ...meta('2', n.change++, now - (c + 1) * 30 * DAY),
          accountId: account.id,
          stakeholderId: who.id,
          at: now - (c + 1) * 30 * DAY,
          field: 'stance',
          from: 'neutral',
          to: who.stance,
          reason: rng.pick(words.OUTCOMES).slice(0, 40),
          findingIds: []
        }
        tables.stakeholderChanges.push(row)
      }
    }
  })

  words.OBJECTION_ANSWERS.forEach((answer, i) => {
    const row: ObjectionAnswer = { ...meta('3', i, since), ...answer }
    tables.objectionAnswers.push(row)
  })

  const bigHead = heads[BIG_INDEX]!
  const orgHead = heads[ORG_INDEX]!
  return {
    tables,
    big: { id: bigHead.id, name: bigHead.name, people: BIG_PEOPLE, sections: INTEL_CHANNELS.length, dossierChars: bigChars },
    org: { id: orgHead.id, name: orgHead.name, people: ORG_PEOPLE },
    now
  }
}

function buildAccount(rng: Rng, head: ReturnType<typeof scaleAccountHeads>[number], createdAt: number, now: number): Account {
  const stageIndex = PIPELINE_STAGES.indexOf(head.stage)
  const stageHistory: StageChange[] = PIPELINE_STAGES.slice(0, stageIndex + 1).map((stage: PipelineStage, i) => ({ stage, at: Math.min(now, createdAt + i * 120 * DAY) }))
  const english = head.english
  return {
    ...emptyAccountDraft(),
    id: head.id,
    createdAt,
    updatedAt: Math.max(createdAt, head.updatedAt),
    deletedAt: null,
    name: head.name,
    industry: head.industry,
    address: english ? `${rng.int(1, 999)} Xinghu Street, Suzhou Industrial Park` : `${rng.pick(words.CITIES)}${rng.pick(words.DISTRICTS)}${rng.pick(words.ROADS)}${rng.int(1, 999)}号`,
    ownership: english ? rng.pick(['foreign', 'jointVenture'] as const) : rng.pick(['private', 'private', 'stateOwned', 'jointVenture'] as const),
    employees: rng.int(50, 5000),
    annualRevenue: rng.int(10, 5000) * 1_000_000,
    productLines: english ? 'Gearboxes and drive units for conveyors' : '减速机、传动部件、输送线',
    productionTechnology: english ? 'CNC machining, heat treatment, assembly' : '数控加工、热处理、装配线',
    informationSource: rng.pick(['展会', '老客户介绍', 'Trade fair', '网络搜索', '行业协会']),
    creditNotes: rng.chance(0.2) ? '付款及时，无不良记录。' : '',
    projectInfo: rng.chance(0.3) ? (english ? 'New line planned for next year.' : '明年新建一条自动化产线。') : '',
    responsibleDepartment: english ? 'Purchasing' : '采购部',
    responsiblePerson: '',
    responsiblePhone: '',
    classification: head.classification,
    positioning: head.positioning,
    orgGrade: rng.pick(['A', 'B', 'C', null] as const),
    buyerGrade: rng.pick(['O', 'A', 'B', 'C', null] as const),
    pyramidTier: rng.pick(['vip', 'major', 'ordinary', 'small', null] as const),
    stage: head.stage,
    stageHistory,
    qualification: {
      productFitsIndustry: rng.chance(0.8),
      projectKnown: rng.chance(0.5),
      technologyMatches: rng.chance(0.7),
      goodCredit: rng.chance(0.8),
      healthyOperations: rng.chance(0.8),
      talksToUsingDepartment: rng.chance(0.6),
      talksToDecisionMaker: rng.chance(0.4),
      needConfirmed: rng.chance(0.4)
    },
    financial: rng.chance(0.2) ? { currentRatio: rng.int(5, 30) / 10, netMarginPct: rng.int(-5, 20), returnOnAssetsPct: rng.int(-3, 15), collectionDays: rng.int(30, 180), inventoryDays: rng.int(10, 120) } : null
  }
}

function buildVisit(
  rng: Rng,
  meta: { id: string; createdAt: number; updatedAt: number; deletedAt: null },
  accountId: string,
  people: readonly Stakeholder[],
  isPlan: boolean,
  date: number,
  now: number,
  n: { question: number; task: number }
): Visit {
  const questions = Array.from({ length: rng.int(0, 3) }, () => {
    const q = rng.int(0, words.QUESTIONS.length - 1)
    return { id: scaleId('4', n.question++), text: words.QUESTIONS[q]!, answer: isPlan ? '' : words.ANSWERS[q]!, findingId: null }
  })
  const tasks = isPlan
    ? []
    : Array.from({ length: rng.int(0, 2) }, () => {
        const due = noon(date + rng.int(3, 21) * DAY)
        return { id: scaleId('5', n.task++), text: rng.pick(words.TASKS), dueDate: due, doneAt: due < now - 30 * DAY || rng.chance(0.5) ? Math.min(due, now) : null }
      })
  const first = rng.int(0, Math.max(0, people.length - 3))
  return {
    ...meta,
    accountId,
    kind: rng.pick(VISIT_KINDS),
    status: isPlan ? 'planned' : 'done',
    date,
    time: rng.chance(0.6) ? `${String(rng.int(8, 17)).padStart(2, '0')}:${rng.pick(['00', '30'])}` : null,
    objective: rng.pick(words.OBJECTIVES),
    questions,
    outcome: isPlan ? '' : rng.pick(words.OUTCOMES),
    nextReason: isPlan ? '' : rng.pick(words.NEXT_REASONS),
    attendeeIds: people.slice(first, first + rng.int(1, 3)).map((p) => p.id),
    tasks
  }
}

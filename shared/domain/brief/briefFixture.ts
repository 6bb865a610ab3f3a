import { emptyAccountDraft, type Account } from '#shared/schemas/account'
import type { Competitor, Objection, Visit } from '#shared/schemas/activity'
import type { Stakeholder } from '#shared/schemas/stakeholder'
import { emptyStakeholderDraft } from '../stakeholders/record'
import type { BriefInput } from './briefModel'

// A seeded Chinese account shared by the brief's unit tests and benchmark.
export const NOW = Date.UTC(2026, 10, 23, 9, 0)
const DAY = 86_400_000
const ACCOUNT_ID = '0a000000-0000-4000-8000-000000000001'
const meta = (n: number) => ({
  id: `0b000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: NOW - 30 * DAY,
  updatedAt: NOW - DAY,
  deletedAt: null
})

export const account: Account = {
  ...emptyAccountDraft(),
  ...meta(1),
  id: ACCOUNT_ID,
  name: '华东精密机械有限公司',
  industry: '数控机床',
  employees: 1200,
  classification: 'target',
  positioning: 'medium',
  stage: 'verifyNeeds',
  qualification: { ...emptyAccountDraft().qualification, technologyMatches: true, goodCredit: true }
}

export function person(n: number, patch: Partial<Stakeholder>): Stakeholder {
  return { ...meta(100 + n), ...emptyStakeholderDraft(ACCOUNT_ID, { name: `人员${n}` }), ...patch }
}

export const stakeholders: Stakeholder[] = [
  person(1, { name: '王建国', title: '总经理', roles: ['decisionMaker'], stance: 'neutral', influence: 'high', sensitiveNotes: '住在园区东门，女儿明年高考' }),
  person(2, { name: '李娜', title: '采购部长', roles: ['buyer'], stance: 'supporter', isCoach: true, relationshipStage: 'trust', caresAbout: '供货稳定' }),
  person(3, { name: '赵工', title: '设备科工程师', roles: ['technicalEvaluator', 'user'], stance: 'opponent' }),
  { ...person(4, { name: '已删除的人' }), deletedAt: NOW - DAY }
]

export const visit = (n: number, daysAgo: number, objective: string): Visit => ({
  ...meta(200 + n),
  accountId: ACCOUNT_ID,
  kind: 'revisit',
  status: 'done',
  date: NOW - daysAgo * DAY,
  time: null,
  objective,
  questions: [],
  outcome: `结果${n}`,
  nextReason: `下次带样品${n}`,
  attendeeIds: [],
  tasks: []
})

/** The next planned visit: a week ahead at 09:30, two questions, meeting 赵工 then 李娜. */
export const plannedVisit: Visit = {
  ...visit(5, -7, '试用反馈'),
  status: 'planned',
  time: '09:30',
  outcome: '',
  nextReason: '',
  questions: [
    { id: '0b000000-0000-4000-8000-000000000601', text: '试用机台是哪一台？', answer: '', findingId: null },
    { id: '0b000000-0000-4000-8000-000000000602', text: '谁签试用报告？', answer: '', findingId: null }
  ],
  attendeeIds: [stakeholders[2]!.id, stakeholders[1]!.id]
}

export const objection: Objection = {
  ...meta(300),
  accountId: ACCOUNT_ID,
  content: 'price',
  nature: 'genuine',
  text: '价格比现有供应商高 8%',
  response: '算总成本：寿命长 30%，停机少',
  handling: 'compensate',
  status: 'open',
  raisedById: null,
  visitId: null,
  resolvedAt: null
}

export const competitor: Competitor = {
  ...meta(400),
  accountId: ACCOUNT_ID,
  supplier: '某国产品牌',
  brands: '',
  products: '深沟球轴承',
  priceLevel: '低',
  terms: '月结 60 天',
  yearsWithAccount: 5,
  sharePct: null,
  weaknesses: '质量不稳定'
}

export function briefInput(patch: Partial<BriefInput> = {}): BriefInput {
  return {
    account,
    stakeholders,
    visits: [visit(1, 40, '初次拜访'), visit(2, 20, '技术交流'), visit(3, 10, '送样'), visit(4, 3, '报价说明'), plannedVisit],
    objections: [{ ...objection, raisedById: stakeholders[1]!.id }, { ...objection, ...meta(301), text: '已解决的异议', status: 'resolved' }],
    competitors: [competitor],
    dossier: [
      { channel: 'gatekeeper', text: '门卫说老板每周一上午在厂里。' },
      { channel: 'purchasing', text: '采购每季度招标一次。' }
    ],
    findings: [
      { text: '官网称年产 3000 台', channel: 'external', section: 'external', verified: false, sourceName: null, date: NOW - 5 * DAY },
      { text: '仓库用的是进口品牌', channel: 'gatekeeper', section: 'gatekeeper', verified: true, sourceName: '李娜', date: NOW - 2 * DAY }
    ],
    redFlags: ['没有找到决策者的支持者'],
    talkingPoints: { [stakeholders[0]!.id]: ['投资回报', '品牌形象', '降低总成本', '第四条不应出现'] },
    graphImage: null,
    generatedAt: NOW,
    ...patch
  }
}

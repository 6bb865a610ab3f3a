// A career's worth of records (issue 13) for the dossier and brief benchmarks: about 1,000 accounts with
// 20 people, 50 visits and 7 short dossier sections each, and one large account with a ~20-page dossier,
// 50 people and 50 visits. Plain rows in the stored shape, deterministic, ready for putRawTables.
import { emptyAccountDraft, type Account } from '#shared/schemas/account'
import type { DossierSection, Visit } from '#shared/schemas/activity'
import { INTEL_CHANNELS, type IntelChannel } from '#shared/schemas/enums'
import type { Relationship, Stakeholder } from '#shared/schemas/stakeholder'
import { doc, finding, heading, list, listItem, paragraph, text } from '../dossier/fixtures'
import type { SerializedNode, SerializedState } from '../dossier/lexicalJson'
import { emptyStakeholderDraft } from '../stakeholders/record'

const DAY = 86_400_000
const ROLES = ['decisionMaker', 'buyer', 'user', 'influencer', 'gatekeeper', 'technicalEvaluator', 'finance'] as const
const STANCES = ['supporter', 'neutral', 'opponent', 'unknown'] as const
const INFLUENCE = ['low', 'medium', 'high'] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const TITLES = ['采购经理', '车间主任', '技术部主任', '财务经理', '仓库管理员', '总经理', '工艺工程师', '采购员']
const CITIES = ['苏州', '无锡', '常州', '宁波', '温州', '佛山', '东莞', '青岛', '烟台', '合肥']
const TRADES = ['精密机械', '汽车零部件', '纺织机械', '电机', '轴承', '注塑', '五金', '泵阀']
const SENTENCES = [
  '门卫说老板姓王，每周二上午来厂，采购的事基本由老板娘管。',
  'The storekeeper showed us SKF and NSK boxes, mostly 6204 and 6205 with 2023 production dates.',
  '车间主任说主轴转速一万二，润滑用的是锂基脂，夏天温度偏高。',
  'Purchasing runs a tender every spring; payment is 90 days by bank acceptance.',
  '官网显示他们有 ISO/TS 16949 认证，员工约一千二百人。'
]

/** A v4-shaped id: `kind` (one hex digit) names the table, `n` the row. */
const uuid = (kind: string, n: number) => `${kind}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`

export type LargeDatabase = {
  accounts: Account[]
  stakeholders: Stakeholder[]
  relationships: Relationship[]
  visits: Visit[]
  dossierSections: DossierSection[]
  /** The large account the benchmarks open. */
  big: Account
  /** Findings in the large account's dossier. */
  bigFindings: number
}

/** A section of about `chars` characters with `findings` findings, and its plain text. */
function sectionContent(channel: IntelChannel, chars: number, findings: number, offset: number): { content: SerializedState; plainText: string } {
  const blocks: SerializedNode[] = [heading('h2', text(channel))]
  const plain: string[] = [channel]
  let written = 0
  let f = 0
  let i = offset
  while (written < chars || f < findings) {
    const s = SENTENCES[i++ % SENTENCES.length]!
    const children: SerializedNode[] = [text(s)]
    plain.push(s)
    if (f < findings) {
      const note = `情报 ${f}：${s.slice(0, 12)}`
      children.push(finding({ findingId: `f-${channel}-${offset}-${f}`, channel, verified: f % 3 === 0 }, text(note)))
      plain.push(note)
      f++
    }
    blocks.push(i % 7 === 0 ? list('bullet', listItem(children)) : paragraph(...children))
    written += s.length
  }
  return { content: doc(...blocks), plainText: plain.join('\n') }
}

/**
 * `accounts` accounts (the first is the large one) with `peoplePer` people, `visitsPer` visits and one
 * section per channel each; the large account's dossier holds `pages` pages of ~3,000 characters and
 * `findings` findings.
 */
export function largeDatabase(now: number, { accounts = 1000, peoplePer = 20, visitsPer = 50, pages = 20, findings = 200 } = {}): LargeDatabase {
  const db: LargeDatabase = { accounts: [], stakeholders: [], relationships: [], visits: [], dossierSections: [], big: null as unknown as Account, bigFindings: 0 }
  const meta = (kind: string, n: number, age: number) => ({ id: uuid(kind, n), createdAt: now - age - DAY, updatedAt: now - age, deletedAt: null })
  let personN = 0
  let visitN = 0
  let linkN = 0
  let sectionN = 0
  for (let a = 0; a < accounts; a++) {
    const big = a === 0
    const account: Account = {
      ...emptyAccountDraft(),
      ...meta('a', a, a * 3_600_000),
      name: big ? '华东精密机械有限公司（大客户）' : `${CITIES[a % CITIES.length]}${TRADES[(a * 7) % TRADES.length]}有限公司 ${a + 1}`,
      industry: TRADES[a % TRADES.length]!,
      classification: a % 3 === 0 ? 'target' : 'watch',
      stage: 'verifyNeeds'
    }
    db.accounts.push(account)
    if (big) db.big = account
    const people: Stakeholder[] = []
    const peopleCount = big ? 50 : peoplePer
    for (let p = 0; p < peopleCount; p++) {
      people.push({
        ...meta('b', personN++, p * DAY),
        ...emptyStakeholderDraft(account.id, {
          name: `${SURNAMES[(a + p) % SURNAMES.length]}${p + 1}`,
          title: TITLES[p % TITLES.length]!,
          roles: [ROLES[p % ROLES.length]!],
          stance: STANCES[p % STANCES.length]!,
          influence: INFLUENCE[p % INFLUENCE.length]!,
          caresAbout: p % 2 ? '交期稳定、质量一致' : ''
        })
      })
    }
    db.stakeholders.push(...people)
    for (let p = 1; p < people.length; p++) {
      db.relationships.push({ ...meta('c', linkN++, 0), accountId: account.id, fromId: people[p]!.id, toId: people[Math.floor((p - 1) / 4)]!.id, kind: 'reportsTo', note: '' })
    }
    const visitCount = big ? 50 : visitsPer
    for (let v = 0; v < visitCount; v++) {
      const planned = v === 0
      db.visits.push({
        ...meta('d', visitN++, v * 7 * DAY),
        accountId: account.id,
        kind: 'revisit',
        status: planned ? 'planned' : 'done',
        date: planned ? now + 7 * DAY : now - (v * 7 + 1) * DAY,
        time: null,
        objective: `第 ${v + 1} 次拜访：技术交流与样品反馈`,
        questions: [],
        outcome: planned ? '' : `对方同意试用 ${v} 套`,
        nextReason: planned ? '' : '下次带样品',
        attendeeIds: people.slice(v % Math.max(1, people.length - 3), (v % Math.max(1, people.length - 3)) + 3).map((p) => p.id),
        tasks: []
      })
    }
    const perSection = big ? Math.ceil((pages * 3000) / INTEL_CHANNELS.length) : 200
    const findingsPer = big ? Math.ceil(findings / INTEL_CHANNELS.length) : 1
    INTEL_CHANNELS.forEach((channel, order) => {
      const count = big ? Math.max(0, Math.min(findingsPer, findings - order * findingsPer)) : findingsPer
      if (big) db.bigFindings += count
      const { content, plainText } = sectionContent(channel, perSection, count, a * 7 + order)
      db.dossierSections.push({ ...meta('e', sectionN++, 0), accountId: account.id, channel, order, collapsed: false, content, plainText })
    })
  }
  return db
}

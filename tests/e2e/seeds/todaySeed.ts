import { cadenceDays } from '#shared/domain/cadence'
import type { BuyerGrade, BuyingRole, Classification, OrgGrade, PipelineStage, Positioning, VisitKind } from '#shared/schemas'
import { accountRow, objectionRow, personRow, shanghaiDay, taskRow, visitRow, type SeedTables } from './todayRows'

// A rep's book of 30 accounts for screenshots of Today: machine makers, auto-parts and other plants,
// each with its buying committee, a quarter of visits, follow-ups, plans and objections. Deterministic:
// the same day always gives the same data.

const COMPANIES: [string, string][] = [
  ['华东精密机械有限公司', '机床制造'],
  ['恒力液压设备股份有限公司', '液压设备'],
  ['博远汽车零部件（苏州）有限公司', '汽车零部件'],
  ['北方重型机器厂', '重型机械'],
  ['冠宇数控机床有限公司', '机床制造'],
  ['精工减速机（常州）有限公司', '减速机'],
  ['长江风电装备有限公司', '风电设备'],
  ['瑞丰纺织机械有限公司', '纺织机械'],
  ['宏达电机制造有限公司', '电机'],
  ['中联包装机械有限公司', '包装机械'],
  ['新锐汽车转向系统有限公司', '汽车零部件'],
  ['金岭矿山机械有限公司', '矿山机械'],
  ['东岳水泵集团', '泵阀'],
  ['海天注塑机械（宁波）有限公司', '注塑机'],
  ['鼎盛农业机械有限公司', '农业机械'],
  ['银河轨道交通装备有限公司', '轨道交通'],
  ['天成工程机械有限公司', '工程机械'],
  ['德润变速箱有限公司', '汽车零部件'],
  ['远航船舶配套有限公司', '船舶配套'],
  ['华昌印刷机械有限公司', '印刷机械'],
  ['蓝海压缩机有限公司', '压缩机'],
  ['安泰电梯部件有限公司', '电梯部件'],
  ['启明机器人科技有限公司', '工业机器人'],
  ['华信汽车制动系统有限公司', '汽车零部件'],
  ['嘉禾食品机械有限公司', '食品机械'],
  ['正阳起重设备有限公司', '起重设备'],
  ['同力钢铁集团设备公司', '冶金设备'],
  ['永固风机有限公司', '风机'],
  ['万通物流设备有限公司', '物流设备'],
  ['三和木工机械厂', '木工机械']
]

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const GIVEN = ['建国', '娜', '伟', '敏', '强', '静', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '志刚', '海燕', '国庆', '晓东']

const SEATS: { title: string; department: string; roles: BuyingRole[]; coach?: boolean }[] = [
  { title: '总经理', department: '总经办', roles: ['decisionMaker'] },
  { title: '采购经理', department: '采购部', roles: ['buyer'], coach: true },
  { title: '技术部部长', department: '技术部', roles: ['technicalEvaluator', 'influencer'] },
  { title: '仓库主管', department: '仓库', roles: ['user'] },
  { title: '财务总监', department: '财务部', roles: ['finance'] },
  { title: '门卫', department: '行政部', roles: ['gatekeeper'] }
]

const OUTCOMES = [
  '对方认可样品测试结果，要求出正式报价',
  '了解到现用品牌交期不稳，采购有意换供应商',
  '技术部提出转速和温升要求，需提供选型方案',
  '见到车间主任，确认每月用量约 2000 套',
  '价格仍是主要顾虑，答应下次带成本对比',
  '仓库反映现用轴承有翻新货，留下联系方式',
  '总经理关心售后响应速度，约好参观我司仓库',
  '招标文件下月发布，需提前准备资质材料'
]
const OBJECTIVES = ['送样并了解测试安排', '技术交流：选型与寿命', '拜访采购经理，谈年度框架', '参观生产线，了解安装位置', '递交报价并解释总成本', '电话预约下次拜访']
const TASKS = ['寄送样品', '发正式报价单', '提供选型计算书', '整理竞品价格对比', '预约技术交流', '发送资质证书', '确认交期']
const OBJECTIONS = ['你们的价格比现供应商高 15%', '交期要三周，太长了', '我们和现在的品牌合作十年了', '要等明年预算下来再说']
const KINDS: VisitKind[] = ['revisit', 'revisit', 'firstVisit', 'plantTour', 'phoneAppointment', 'message', 'meetingOutside']

/** A small seeded generator (mulberry32), so screenshots are the same on every run. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function todaySeed(todayYmd: string): SeedTables {
  const rnd = random(20250312)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!
  const day = (offset: number) => shanghaiDay(todayYmd, offset)
  const tables: SeedTables = { accounts: [], stakeholders: [], visits: [], objections: [] }

  COMPANIES.forEach(([name, industry], i) => {
    const classification: Classification = i < 14 ? 'target' : i < 22 ? 'watch' : 'other'
    const positioning: Positioning | null = pick(['long', 'medium', 'short', 'medium', null] as const)
    const orgGrade: OrgGrade | null = pick(['A', 'B', 'C', null, null] as const)
    const buyerGrade: BuyerGrade | null = i % 9 === 4 ? 'O' : null
    const stage: PipelineStage = pick(['discover', 'discover', 'verifyNeeds', 'verifyNeeds', 'negotiate', 'signContract', 'deliver'] as const)
    const account = accountRow({ name, industry, classification, positioning, orgGrade, buyerGrade, stage, responsiblePerson: '' }, day(-120))
    tables.accounts.push(account)

    // Not every account has its committee mapped: the later seats are filled less often.
    const people = SEATS.filter((_, seat) => seat < 2 || rnd() < 0.55).map((seat, k) =>
      personRow(account, {
        name: SURNAMES[(i * 3 + k * 7) % SURNAMES.length]! + GIVEN[(i * 5 + k * 3) % GIVEN.length]!,
        title: seat.title,
        department: seat.department,
        roles: seat.roles,
        isCoach: seat.coach === true && rnd() < 0.5,
        relationshipStage: pick(['meeting', 'recognition', 'trust'] as const),
        stance: pick(['supporter', 'neutral', 'unknown'] as const)
      }, day(-110))
    )
    tables.stakeholders.push(...people)

    // Most accounts are kept to their rhythm; some slipped. Three are new referrals nobody has visited yet.
    const every = cadenceDays(account).days
    let offset = i >= 27 ? Number.NEGATIVE_INFINITY : rnd() < 0.7 ? -Math.floor(rnd() * every) : -every - Math.floor(rnd() * every * 1.5)
    for (; offset >= -90; offset -= Math.max(2, Math.round(every * (0.7 + rnd() * 0.6)))) {
      if (offset === 0) continue
      const attendees = people.filter((_, k) => rnd() < (k === 0 ? 0.3 : k === 1 ? 0.9 : 0.5)).map((p) => p.id)
      const due = offset + 5 + Math.floor(rnd() * 10)
      // Most follow-ups a rep owes from weeks ago are done; a few slipped.
      const tasks = rnd() < 0.25 ? [taskRow(pick(TASKS), day(due), due < -2 && rnd() < 0.93 ? day(due - 1) : null)] : []
      tables.visits.push(visitRow(account, day(offset), { kind: pick(KINDS), objective: pick(OBJECTIVES), outcome: pick(OUTCOMES), nextReason: '下次带成本对比表', attendeeIds: attendees, tasks }))
    }
    if (i % 3 === 0 || i === 28) {
      const offset = Math.floor(rnd() * 14)
      tables.visits.push(
        visitRow(account, day(offset), { status: 'planned', kind: pick(KINDS), objective: pick(OBJECTIVES), time: rnd() < 0.5 ? pick(['09:30', '10:00', '14:00', '15:30']) : null, attendeeIds: people.slice(0, 2).map((p) => p.id) })
      )
    }
    if (i === 5 || i === 11) tables.visits.push(visitRow(account, day(-2), { status: 'planned', objective: '递交报价并解释总成本' }))
    if (i % 7 === 1) tables.objections.push(objectionRow(account, pick(OBJECTIONS), shanghaiDay(todayYmd, -Math.floor(rnd() * 10), 16)))
  })
  return tables
}

import { randomUUID } from 'node:crypto'
import type { Relationship, Stakeholder, Visit } from '#shared/schemas'
import { accountRow, personRow, visitRow } from './todayRows'

const DAY = 86_400_000

/** A machine-tool plant's buying committee as a Chinese rep maps it: [name, title, role, influence, stance]. */
const COMMITTEE = [
  ['王建国', '董事长', 'decisionMaker', 'high', 'neutral'],
  ['陈志远', '总经理', 'decisionMaker', 'high', 'supporter'],
  ['刘芳', '采购部长', 'buyer', 'high', 'supporter'],
  ['赵志刚', '设备科长', 'technicalEvaluator', 'high', 'opponent'],
  ['孙丽', '财务总监', 'finance', 'medium', 'neutral'],
  ['周强', '生产部长', 'user', 'medium', 'supporter'],
  ['吴磊', '工艺工程师', 'user', 'low', 'unknown'],
  ['郑红', '仓库主管', 'user', 'low', 'neutral'],
  ['黄涛', '采购员', 'buyer', 'low', 'supporter'],
  ['林静', '质量部经理', 'influencer', 'medium', 'neutral'],
  ['何军', '车间主任', 'user', 'medium', 'neutral'],
  ['马超', '门卫班长', 'gatekeeper', 'low', 'supporter']
] as const
/** Who reports to whom, by index into COMMITTEE (the gatekeeper reports to nobody on the map). */
const REPORTS_TO: [number, number][] = [[1, 0], [2, 1], [3, 1], [4, 0], [5, 1], [6, 3], [7, 5], [8, 2], [9, 1], [10, 5]]
/** The people the next visit meets, in the order the rep picks them. */
export const MEETING_ORDER = ['赵志刚', '周强', '林静', '陈志远', '刘芳', '孙丽', '吴磊', '郑红', '黄涛', '何军', '马超', '王建国']
export const TWELVE_ACCOUNT = '苏州恒达精密机床有限公司'

/**
 * Stored rows of a 12-person Chinese account: an org chart with a loose gatekeeper, the general manager as
 * main line, the purchasing head as coach, an influential opposing equipment head; two past visits (20 and 5
 * days ago) and a visit planned in three days meeting the first `attendees` people of MEETING_ORDER.
 */
export function twelvePersonAccount(now: number, attendees: number, extra: { people?: number } = {}) {
  const account = accountRow({ name: TWELVE_ACCOUNT, industry: '数控机床', classification: 'target', stage: 'verifyNeeds' }, now - 60 * DAY)
  const people: Stakeholder[] = COMMITTEE.map(([name, title, role, influence, stance]) =>
    personRow(account, { name, title, roles: [role], influence, stance, isCoach: name === '刘芳', line: name === '陈志远' ? 'main' : 'none', caresAbout: `${title}最关心交期和质量` }, now - 60 * DAY)
  )
  for (let i = 0; i < (extra.people ?? 0); i++)
    people.push(personRow(account, { name: `操作工${i + 1}号`, title: '数控操作工', roles: ['user'], department: '二车间' }, now - 60 * DAY))
  const byName = (name: string) => people.find((p) => p.name === name)!.id
  const relationships: Relationship[] = REPORTS_TO.map(([from, to]) => ({
    id: randomUUID(),
    accountId: account.id,
    fromId: people[from]!.id,
    toId: people[to]!.id,
    kind: 'reportsTo',
    note: '',
    createdAt: now - 60 * DAY,
    updatedAt: now - 60 * DAY,
    deletedAt: null
  }))
  const meeting = [...MEETING_ORDER, ...people.slice(COMMITTEE.length).map((p) => p.name)].slice(0, attendees)
  const visits: Visit[] = [
    visitRow(account, now - 20 * DAY, { objective: '拜访总经理，介绍方案', outcome: '同意安排技术交流', attendeeIds: [byName('陈志远'), byName('刘芳')] }),
    visitRow(account, now - 5 * DAY, { objective: '技术交流', outcome: '设备科对寿命数据有疑问', attendeeIds: [byName('刘芳'), byName('赵志刚')] }),
    visitRow(account, now + 3 * DAY, {
      status: 'planned',
      time: '09:30',
      objective: '请设备科确认试用方案，约定试用机台和验收标准',
      questions: ['试用机台是哪一台？', '谁签试用报告？', '验收看哪几项指标？'].map((text) => ({ id: randomUUID(), text, answer: '', findingId: null })),
      attendeeIds: meeting.map(byName)
    })
  ]
  return { account, people, relationships, visits, meeting }
}

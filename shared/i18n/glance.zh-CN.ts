import type { glanceEn } from './glance.en'

// 客户概览（“概览”标签页）的中文文案；合并进 zh-CN.ts。
export const glanceZhCN: Record<keyof typeof glanceEn, string> = {
  'glance.title': '客户一览',
  'glance.decisionMakers': '决策者',
  'glance.blockers': '阻力',
  'glance.coach': '内线',
  'glance.mainLine': '主线',
  'glance.nobody': '暂无',
  'glance.person.contact': '{count} 天前联系过',
  'glance.person.contactToday': '今天联系过',
  'glance.person.never': '从未联系',
  'glance.coverage': '覆盖缺口：{count} 项',
  'glance.coverage.none': '没有覆盖缺口',
  'glance.unverified': '待核实信息：{count} 条',
  'glance.objections': '未解决异议：{count} 条',
  'glance.nextVisit': '下次拜访：{date}',
  'glance.nextVisit.none': '还没有安排拜访',
  'glance.nextVisit.noObjective': '还没定拜访目的',
  'glance.nextVisit.questions': '要问 {count} 个问题',
  'glance.openMap': '查看关系图',
  'glance.openVisits': '查看拜访',
  'glance.openDossier': '查看档案',
  'glance.qualification': '客户资格：',
  'glance.person.influence': '影响力{level}',
  'glance.derivedAnswer': '{answer}（据关系图）',
  'glance.derived.hint': '关系图上已有该角色的人并记录过联系，所以自动算作“是”。只有你比关系图更清楚时才手动勾选。',
  'glance.editDetails': '编辑详细资料',
  'glance.hideDetails': '收起详细资料'
}

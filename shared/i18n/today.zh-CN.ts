import type { todayEn } from './today.en'

// 今日待办的中文文案；合并进 zh-CN.ts。
export const todayZhCN: Record<keyof typeof todayEn, string> = {
  'today.nav': '今日待办',
  'today.title': '今日待办',
  'today.showAll': '显示全部 {count} 项',
  'today.showFewer': '收起',
  'today.loading': '正在整理今日待办…',

  'today.due.title': '该拜访的客户',
  'today.due.overdue': '已逾期',
  'today.due.today': '今天到期',
  'today.due.thisWeek': '未来 7 天到期',
  'today.due.noVisits': '尚未拜访',
  'today.due.lastContact': '上次联系：{ago}',
  'today.due.never': '还没有联系记录',
  'today.due.overdueBy': '逾期 {days} 天',
  'today.due.dueOn': '{date}到期',
  'today.due.planned': '已约{date}',
  'today.due.plan': '安排拜访',
  'today.due.empty.title': '未来 7 天没有到期的客户',
  'today.due.empty.body': '每记录一次已完成的拜访，系统就会按客户定位和等级算出下次该什么时候回访。',

  'today.cadence.every': '每 {days} 天一次（{reason}）',
  'today.cadence.override': '手动设定',
  'today.cadence.positioning': '{value}',
  'today.cadence.orgGrade': '单位 {value} 级',
  'today.cadence.buyerGrade': '个人 {value} 级',
  'today.cadence.default': '尚未定位，默认',

  'today.people.title': '关键人久未联系',
  'today.people.lapsed': '已 {days} 天未联系{role}{name}',
  'today.people.never': '客户已拜访过，但还没见过{role}{name}',
  'today.people.cadence': '{role}应每 {days} 天联系一次',
  'today.people.empty.title': '关键人都保持着联系',
  'today.people.empty.body': '每次拜访勾选见到的人。决策者、采购或内线超过应有的联系间隔没见面，就会出现在这里。',

  'today.tasks.title': '跟进事项',
  'today.tasks.overdue': '已逾期',
  'today.tasks.dueToday': '今天截止',
  'today.tasks.due': '{date}截止',
  'today.tasks.noDate': '未定日期',
  'today.tasks.fromVisit': '{account} · {date}拜访',
  'today.tasks.markDone': '将“{task}”标记为完成',
  'today.tasks.done': '已完成',
  'today.tasks.empty.title': '没有待跟进的事项',
  'today.tasks.empty.body': '记录拜访时，把答应客户的事（报价、样品、图纸）写成跟进事项并定好截止日期，完成前都会留在这里。',

  'today.coverage.title': '客户关系覆盖缺口',
  'today.coverage.empty.title': '目标型和关注型客户都没有覆盖缺口',
  'today.coverage.empty.body': '每家都找到了决策者、发展了内线，而且不止一条联系线。',

  'today.planned.title': '拜访计划 · 未来 14 天',
  'today.planned.unlogged': '还没记录结果',
  'today.planned.noObjective': '还没定拜访目的',
  'today.planned.empty.title': '还没有拜访计划',
  'today.planned.empty.body': '在客户的“拜访”页安排下次拜访：定好目的和要问的问题。拜访后记录结果，并为下次回访埋好伏笔。',

  'today.recent.title': '最近动态',
  'today.recent.objection': '客户异议',
  'today.recent.empty.title': '还没有任何记录',
  'today.recent.empty.body': '记录的拜访结果和听到的客户异议会显示在这里。',

  'today.charts.title': '客户概况',
  'today.charts.byClassification': '按客户分类',
  'today.charts.byStage': '销售阶段',
  'today.charts.visitsPerWeek': '近 13 周每周联系次数',
  'today.charts.summary': '{title}：{values}',

  'today.start.title': '从第一个客户开始',
  'today.start.body': '先建客户，再带着目的安排拜访；回来记录结果，每次都为下次回访埋好伏笔。之后这里会告诉你该拜访谁、欠客户什么、和谁很久没联系了。',
  'today.start.action': '新建客户'
}

import type { searchEn } from './search.en'

export const searchZhCN: Record<keyof typeof searchEn, string> = {
  'search.open': '搜索',
  'search.title': '全局搜索',
  'search.placeholder': '客户、人物、情报档案、拜访、异议……',
  'search.hint': '输入公司名、人名、型号或记下的任何一句话；中文、英文、全拼和首字母（如 sunhaiyan、shy）都可以。',
  'search.none': '没有找到包含“{query}”的内容。',
  'search.results': '共 {count} 条结果',
  'search.kind.account': '客户',
  'search.kind.person': '人物',
  'search.kind.finding': '情报',
  'search.kind.dossier': '情报档案',
  'search.kind.visit': '拜访',
  'search.kind.objection': '异议',
  'search.kind.competitor': '竞争对手',
  'search.loading': '正在准备搜索……',
  'search.recentQueries': '最近搜索',
  'search.recentOpened': '最近打开',
  'search.clearRecent': '清除',
  'search.group.account': '客户',
  'search.group.person': '人物',
  'search.group.finding': '情报',
  'search.group.dossier': '情报档案',
  'search.group.visit': '拜访',
  'search.group.objection': '异议',
  'search.group.competitor': '竞争对手',
  'search.keys': '↑↓ 选择 · 回车打开 · Esc 关闭'
}

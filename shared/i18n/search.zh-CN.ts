import type { searchEn } from './search.en'

export const searchZhCN: Record<keyof typeof searchEn, string> = {
  'search.open': '搜索',
  'search.title': '全局搜索',
  'search.placeholder': '客户、人物、情报档案、拜访、异议……',
  'search.hint': '输入公司名、人名、型号或记下的任何一句话，中英文都可以。',
  'search.none': '没有找到包含“{query}”的内容。',
  'search.results': '共 {count} 条结果',
  'search.kind.account': '客户',
  'search.kind.person': '人物',
  'search.kind.finding': '情报',
  'search.kind.dossier': '情报档案',
  'search.kind.visit': '拜访',
  'search.kind.objection': '异议',
  'search.kind.competitor': '竞争对手',
  'search.keys': '↑↓ 选择 · 回车打开 · Esc 关闭'
}

import type { MessageKey } from './translate'

/**
 * One term per concept, in the words reps use. Each concept names the message keys that label it, the term
 * both catalogues use, and the synonyms that must not creep back in (glossary.test.ts checks every message).
 * Add a concept when two screens start calling the same thing by different names.
 */
export interface GlossaryEntry {
  zh: string
  en: string
  /** The concept's own label: it holds the term in both languages. */
  label: MessageKey
  /** Other Chinese messages that name the concept and must hold the term. */
  zhKeys: readonly MessageKey[]
  /** Other names for the same concept that no message may use. */
  avoid: { zh: readonly string[]; en: readonly string[] }
}

export const GLOSSARY = {
  /** 目标型 / 关注型 / 其他型. Reps say 客户分类; 分选 is the manuals' word. */
  classification: {
    zh: '客户分类',
    en: 'Classification',
    label: 'field.classification',
    zhKeys: ['accounts.filter.classification', 'accounts.sort.classification', 'today.charts.byClassification'],
    avoid: { zh: ['分选'], en: ['Segment'] }
  },
  /** The second relationship stage: the two have met in person (约见 is the act of asking for a meeting). */
  relationshipMeeting: {
    zh: '见面',
    en: 'Meeting',
    label: 'stakeholders.relationshipStage.meeting',
    zhKeys: [],
    avoid: { zh: ['约见'], en: [] }
  },
  /** The person who signs off: the role, the who's-who strip and the brief all say 决策者. */
  decisionMaker: {
    zh: '决策者',
    en: 'Decision-maker',
    label: 'stakeholders.role.decisionMaker',
    zhKeys: ['glance.decisionMakers', 'brief.who.decisionMaker'],
    avoid: { zh: ['拍板人', '决策人'], en: ['Decider', 'Signatory'] }
  },
  /** The insider who explains how the decision is made. */
  coach: {
    zh: '内线',
    en: 'Coach',
    label: 'glance.coach',
    zhKeys: ['brief.who.coach'],
    avoid: { zh: ['线人', '教练', '内应'], en: ['Champion', 'Insider'] }
  },
  /** 客户异议: need, price, product, timing … */
  objection: {
    zh: '异议',
    en: 'Objection',
    label: 'search.kind.objection',
    zhKeys: ['today.recent.objection'],
    avoid: { zh: ['反对意见'], en: [] }
  },
  /** A visit after the first one. */
  revisit: {
    zh: '回访',
    en: 'Revisit',
    label: 'visits.kind.revisit',
    zhKeys: [],
    avoid: { zh: ['复访', '再访'], en: ['Follow-up visit'] }
  },
  /** The competitor or current supplier at the account. */
  competitor: {
    zh: '竞争对手',
    en: 'Competitor',
    label: 'search.kind.competitor',
    zhKeys: ['brief.section.competitors'],
    avoid: { zh: ['竞品'], en: ['Rival supplier'] }
  },
  /** Where the deal stands: 发现机会 → 验证需求 → 商务谈判 → 签订合同 → 交货验收. */
  pipelineStage: {
    zh: '销售阶段',
    en: 'stage',
    label: 'field.stage',
    zhKeys: ['accounts.filter.stage', 'accounts.sort.stage', 'today.charts.byStage', 'account.section.stageTimeline'],
    avoid: { zh: ['商务阶段', '商机阶段'], en: [] }
  },
  /** What the rep promised at a visit (a quote, a sample, a drawing), with a due date. */
  followUpTask: {
    zh: '跟进事项',
    en: 'task',
    label: 'visits.tasks',
    zhKeys: ['visits.tasks.add', 'today.tasks.title'],
    avoid: { zh: ['待办事项', '后续任务', '跟进任务'], en: ['to-do item'] }
  },
  /** A stakeholder whose stance is against us. */
  opponent: {
    zh: '反对者',
    en: 'opponent',
    label: 'stakeholders.coverage.influentialOpponent',
    zhKeys: [],
    avoid: { zh: ['反对派', '影响力大的'], en: ['detractor'] }
  }
} as const satisfies Record<string, GlossaryEntry>

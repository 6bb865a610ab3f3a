import { person } from '#shared/domain/brief/briefFixture'
import { doc, finding, paragraph, text as textNode } from '#shared/domain/dossier/fixtures'
import type { AccountsApp } from './AccountsApp'

export const BRIEF_ACCOUNT = '华东精密机械有限公司'

const DAY = 86_400_000

/**
 * Stores a Chinese account with three people (one with a sensitive note), a visit, an open objection, a
 * competitor and a gatekeeper section holding a verified and an unverified finding, then restarts the app.
 */
export async function seedBriefAccount(app: AccountsApp) {
  const now = Date.now()
  let n = 0
  const meta = () => ({ id: `0c000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, createdAt: now - 10 * DAY, updatedAt: now - DAY, deletedAt: null })
  const accountId = await app.seedAccount({ name: BRIEF_ACCOUNT, industry: '数控机床', classification: 'target' }, { reload: false })
  const people = [
    person(1, { accountId, name: '王建国', title: '总经理', roles: ['decisionMaker'], stance: 'neutral', influence: 'high', sensitiveNotes: '女儿明年高考，周末常去钓鱼' }),
    person(2, { accountId, name: '李娜', title: '采购部长', roles: ['buyer'], stance: 'supporter', isCoach: true, caresAbout: '供货稳定、账期' }),
    person(3, { accountId, name: '赵志刚', title: '设备科工程师', roles: ['technicalEvaluator', 'user'], stance: 'opponent' })
  ]
  await app.putRawRows('stakeholders', people)
  await app.putRawRow('visits', { ...meta(), accountId, date: now - 3 * DAY, objective: '报价说明', outcome: '对价格有顾虑', nextReason: '带样品做试用', attendeeIds: [] })
  await app.putRawRow('objections', {
    ...meta(), accountId, content: 'price', nature: 'genuine', text: '价格比现有供应商高 8%', response: '算总成本：寿命长 30%', handling: 'compensate', status: 'open', raisedById: null
  })
  await app.putRawRow('competitors', {
    ...meta(), accountId, brand: '某国产品牌', products: '深沟球轴承', priceLevel: '低', terms: '月结 60 天', yearsWithAccount: 5, weaknesses: '质量不稳定'
  })
  const webFinding = finding({ findingId: 'f-web-1', channel: 'external', verified: false }, textNode('官网称年产 3000 台'))
  const gateFinding = finding({ findingId: 'f-gate-1', channel: 'gatekeeper', verified: true }, textNode('仓库用的是进口轴承'))
  await app.putRawRow('dossierSections', {
    ...meta(), accountId, channel: 'gatekeeper', order: 0, collapsed: false,
    content: doc(paragraph(textNode('门卫说老板每周一上午在厂里。'), gateFinding), paragraph(webFinding)),
    plainText: '门卫说老板每周一上午在厂里。仓库用的是进口轴承 官网称年产 3000 台'
  })
  // Rows written straight into IndexedDB bypass Dexie's query cache: start the app afresh, as after a restart.
  await app.reload()
  return { accountId, people: people.map((p) => p.name) }
}

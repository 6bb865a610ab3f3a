import type { BuyingRole } from '#shared/schemas/enums'
import { roleFromTitle } from '../contacts/titleRoles'

/** What a sentence says a person does when no title says it ("负责采购", "runs the quarterly tender"). */
export const DUTY_CUES: readonly [pattern: RegExp, department: string, role: BuyingRole][] = [
  [/^.{0,6}?(?:负责|分管|管|主管)(?:采购|供应|招标)/, '采购部', 'buyer'],
  [/^.{0,6}?(?:负责|分管|管|主管)(?:技术|研发|工艺|质量|图纸|选型)/, '技术部', 'technicalEvaluator'],
  [/^.{0,6}?(?:负责|分管|管|主管)(?:财务|付款|账|资金|预算)/, '财务部', 'finance'],
  [/^.{0,6}?(?:负责|分管|管|主管)(?:仓库|库房|库存|领料)/, '仓库', 'user'],
  [/^.{0,6}?(?:负责|分管|管|主管)(?:车间|生产|设备|维修)/, '车间', 'user'],
  [/^.{0,8}?(?:拍板|说了算|最后定|最终决定|签字)/, '', 'decisionMaker'],
  [/^[^.;]{0,30}?\b(?:runs?|running|handles?|handling|manages?|owns?|leads?)\s+(?:the\s+)?(?:\w+\s+)?(?:tenders?|purchasing|procurement|sourcing|buying|supplier)/i, 'Purchasing', 'buyer'],
  [/^[^.;]{0,30}?\b(?:runs?|running|manages?|looks after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:store|stores|warehouse|stock)/i, 'Warehouse', 'user'],
  [/^[^.;]{0,30}?\b(?:signs? off|has the final say|makes the (?:final )?call|approves (?:the )?budget|final decision)/i, '', 'decisionMaker'],
  [/^[^.;]{0,30}?\b(?:approves|releases|holds) (?:the )?(?:payments?|budget|invoices?)/i, 'Finance', 'finance']
]

/** Inside-coach cues (内线): the person they follow (or, failing that, precede) is helping us. */
export const COACH_CUES = /愿意(?:帮|给|替)我们(?:介绍|引荐|牵线|说话|打听)|答应(?:帮我们|帮忙)?(?:引荐|介绍|牵线)|私下(?:透露|告诉|说)|偷偷(?:告诉|透露)|给我们透底|透了底|向着我们|帮我们说话|当我们的内线|offered to (?:introduce|connect)|introduce us to|tipped us off|(?:is|be) happy to champion|champion(?:ing)? us|on our side|put in a good word|told us (?:privately|off the record)|quietly (?:told|shared|passed)|shared (?:the|their) (?:budget|competitor)|our (?:coach|insider)/i

/** Someone outside the customer who sways the choice: design institutes, consultants, the parent company's advisors. */
const OUTSIDER = /设计院|监理|顾问|集团派|母公司|design institute|consultant|advis[eo]r|parent[- ]company/i

/** A person's likely buying role: the title's (and department's), else what the sentence says they do. */
export function personRole(title: string, department: string, textAfterName: string, textBeforeName = ''): { role: BuyingRole | null; department: string } {
  if (OUTSIDER.test(textBeforeName.slice(-14)) || OUTSIDER.test(textAfterName.slice(0, 30))) return { role: 'influencer', department }
  const fromTitle = roleFromTitle(title, department)
  if (fromTitle) return { role: fromTitle, department }
  for (const [pattern, cueDepartment, role] of DUTY_CUES) {
    if (pattern.test(textAfterName)) return { role, department: department || cueDepartment }
  }
  return { role: null, department }
}

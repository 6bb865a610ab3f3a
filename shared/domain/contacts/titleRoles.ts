import type { BuyingRole } from '#shared/schemas/enums'

/**
 * The buying role a title suggests, checked in this order, so a function's word wins over a rank's:
 * 采购总监 is a buyer, 财务总监 finance, 总经理助理 a gatekeeper, and only a bare rank (总经理, 厂长, CEO)
 * a decision-maker. A title none of these match suggests no role: the rep chooses.
 */
export const TITLE_ROLE_RULES: readonly [role: BuyingRole, pattern: RegExp][] = [
  ['influencer', /设计院|顾问|监理|咨询|consultant|advis[eo]r|design institute/i],
  ['gatekeeper', /秘书|门卫|保安|前台|助理|文员|receptionist|reception|secretary|assistant|security guard|front desk/i],
  ['finance', /财务|会计|出纳|审计|\bcfo\b|financ|controller|accountant|treasurer|accounts payable/i],
  ['executor', /跟单|计划员|排产|clerk|planner|scheduler/i],
  ['buyer', /采购|供应链|供应部|\bbuyer\b|purchas|procure|sourcing/i],
  ['technicalEvaluator', /总工|技术|工程师|研发|工艺|质量|质检|\bcto\b|engineer|r&d|technical|quality|\bqa\b/i],
  ['user', /车间|班组|班长|组长|生产|production|workshop|night-shift|操作|保管|仓库|库管|设备|维修|operator|foreman|supervisor|warehouse|storekeeper|maintenance|shift lead/i],
  ['decisionMaker', /总经理|总裁|董事|老板|厂长|副总|\bceo\b|\bcoo\b|president|general manager|managing director|plant director|plant manager|owner|\bvp\b|vice president/i]
]

/** The role a person's title (and department) suggests, or null. */
export function roleFromTitle(title: string, department = ''): BuyingRole | null {
  for (const text of [title, department]) {
    if (!text.trim()) continue
    for (const [role, pattern] of TITLE_ROLE_RULES) if (pattern.test(text)) return role
  }
  return null
}

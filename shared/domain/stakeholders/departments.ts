import type { IntelChannel } from '#shared/schemas/enums'
import type { Stakeholder } from '#shared/schemas/stakeholder'

/** The departments a rep should have a line into, in display order. */
export const COVERAGE_DEPARTMENTS = [
  'gatekeeper',
  'warehouse',
  'production',
  'engineering',
  'purchasing',
  'finance',
  'management'
] as const
export type CoverageDepartment = (typeof COVERAGE_DEPARTMENTS)[number]

/** The dossier intelligence channel that reports on each department, where there is one. */
export const DEPARTMENT_CHANNEL: Record<CoverageDepartment, IntelChannel | null> = {
  gatekeeper: 'gatekeeper',
  warehouse: 'warehouse',
  production: 'production',
  engineering: 'engineering',
  purchasing: 'purchasing',
  finance: null,
  management: null
}

// Keywords (Chinese and English) in a department or title, checked in this order.
const KEYWORDS: [CoverageDepartment, RegExp][] = [
  ['warehouse', /仓|库管|物流|warehouse|logistic|stores?\b/i],
  ['purchasing', /采购|供应|purchas|procure|sourcing|buyer/i],
  ['finance', /财务|会计|出纳|审计|financ|account|controller|cfo/i],
  ['engineering', /技术|工程|研发|工艺|质量|质检|engineer|r&d|technic|quality/i],
  ['production', /生产|车间|制造|设备|厂长|production|plant|manufactur|workshop|maintenance/i],
  ['gatekeeper', /前台|门卫|秘书|助理|行政|reception|secretar|assistant|admin/i],
  ['management', /总经|董事|总裁|副总|老板|总监办|ceo|president|general manager|director|owner|board/i]
]

/**
 * Which coverage department a person belongs to, from their department and title (and the gatekeeper
 * role when nothing else matches); null when it cannot be told.
 */
export function departmentOf(person: Pick<Stakeholder, 'department' | 'title' | 'roles'>): CoverageDepartment | null {
  for (const text of [person.department, person.title]) {
    for (const [department, pattern] of KEYWORDS) if (pattern.test(text)) return department
  }
  return person.roles.includes('gatekeeper') ? 'gatekeeper' : null
}

export type DepartmentCoverage = {
  department: CoverageDepartment
  people: number
  supporters: number
  /** Latest logged visit with anyone there, or null. */
  lastContactAt: number | null
  /** Dossier findings from this department's channel; null where no channel covers it. */
  findings: number | null
}

/** The department × what-we-know matrix: so "only purchasing talks to us" shows at a glance. */
export function departmentCoverage(
  people: readonly Pick<Stakeholder, 'id' | 'department' | 'title' | 'roles' | 'stance' | 'deletedAt' | 'departedAt'>[],
  lastContact: ReadonlyMap<string, number>,
  findingsByChannel: ReadonlyMap<string, number>
): DepartmentCoverage[] {
  const active = people.filter((p) => p.deletedAt === null && p.departedAt === null)
  return COVERAGE_DEPARTMENTS.map((department) => {
    const here = active.filter((p) => departmentOf(p) === department)
    const contacts = here.map((p) => lastContact.get(p.id)).filter((t): t is number => t !== undefined)
    const channel = DEPARTMENT_CHANNEL[department]
    return {
      department,
      people: here.length,
      supporters: here.filter((p) => p.stance === 'supporter').length,
      lastContactAt: contacts.length > 0 ? Math.max(...contacts) : null,
      findings: channel ? (findingsByChannel.get(channel) ?? 0) : null
    }
  })
}

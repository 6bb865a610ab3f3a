import type { MessageKey } from '#shared/i18n/translate'

/**
 * The node shapes the stakeholder graph can draw (Cytoscape's names); the legend and the SVG export draw
 * each of them too, so a role may use any of these. A new shape is added here, in the legend
 * (renderer/src/features/stakeholders/Legend.tsx) and in the SVG export (renderer/src/graph/svgExport.ts).
 */
export type NodeShape = 'diamond' | 'octagon' | 'pentagon' | 'round-rectangle' | 'hexagon' | 'triangle' | 'ellipse' | 'rectangle'

/** What the app needs of one buying role (domain guide §3). */
export type RoleInfo = {
  /** The role's name wherever it shows: stakeholder forms and lists, graph, coverage warnings, brief. */
  label: MessageKey
  /** The graph node's shape for a person whose main role this is. */
  shape: NodeShape
  /** Which role decides the node's shape when a person holds several: the lowest rank wins. */
  shapeRank: number
  /** The benefit to lead with for this role (四管齐下), the seed of a drafted talking point. */
  talkingPoint: MessageKey
  /** Whose benefit is put forward first when a person holds several roles: the lowest rank first. */
  talkingPointRank: number
  /** Default days between contacts (the rep can change them in the coverage settings). */
  cadenceDays: number
}

/**
 * Every buying role, keyed by its stored code, in display order (forms, legend, settings). BUYING_ROLES
 * and the BuyingRole schema are derived from these keys, so a role is added here, plus its messages in
 * the two catalogues. The keys are stored in users' databases: add new ones, never rename or remove one.
 */
export const ROLE_TABLE = {
  decisionMaker: {
    label: 'stakeholders.role.decisionMaker',
    shape: 'diamond',
    shapeRank: 1,
    talkingPoint: 'stakeholders.benefit.returnAndImage',
    talkingPointRank: 1,
    cadenceDays: 60
  },
  buyer: {
    label: 'stakeholders.role.buyer',
    shape: 'round-rectangle',
    shapeRank: 4,
    talkingPoint: 'stakeholders.benefit.supplyAndService',
    talkingPointRank: 4,
    cadenceDays: 21
  },
  user: {
    label: 'stakeholders.role.user',
    shape: 'ellipse',
    shapeRank: 7,
    talkingPoint: 'stakeholders.benefit.easeOfUse',
    talkingPointRank: 6,
    cadenceDays: 30
  },
  influencer: {
    label: 'stakeholders.role.influencer',
    shape: 'hexagon',
    shapeRank: 5,
    talkingPoint: 'stakeholders.benefit.technologyAndReferences',
    talkingPointRank: 5,
    cadenceDays: 45
  },
  gatekeeper: {
    label: 'stakeholders.role.gatekeeper',
    shape: 'triangle',
    shapeRank: 6,
    talkingPoint: 'stakeholders.benefit.respectTheirTime',
    talkingPointRank: 8,
    cadenceDays: 45
  },
  executor: {
    label: 'stakeholders.role.executor',
    shape: 'rectangle',
    shapeRank: 8,
    talkingPoint: 'stakeholders.benefit.simplerProcess',
    talkingPointRank: 7,
    cadenceDays: 30
  },
  technicalEvaluator: {
    label: 'stakeholders.role.technicalEvaluator',
    shape: 'octagon',
    shapeRank: 2,
    talkingPoint: 'stakeholders.benefit.proof',
    talkingPointRank: 3,
    cadenceDays: 30
  },
  finance: {
    label: 'stakeholders.role.finance',
    shape: 'pentagon',
    shapeRank: 3,
    talkingPoint: 'stakeholders.benefit.budgetFit',
    talkingPointRank: 2,
    cadenceDays: 60
  }
} as const satisfies Record<string, RoleInfo>

export type RoleCode = keyof typeof ROLE_TABLE

/** `roles` ordered by `rank` (lowest first; equal ranks keep the table's order). */
export function rolesByRank(roles: readonly RoleCode[], rank: 'shapeRank' | 'talkingPointRank'): RoleCode[] {
  const order = Object.keys(ROLE_TABLE) as RoleCode[]
  return [...new Set(roles)].sort((a, b) => ROLE_TABLE[a][rank] - ROLE_TABLE[b][rank] || order.indexOf(a) - order.indexOf(b))
}

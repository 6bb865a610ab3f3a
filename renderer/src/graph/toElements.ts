import type { ElementDefinition } from 'cytoscape'
import type { BuyingRole, ContactLine, InfluenceLevel, RelationshipKind, Stance } from '#shared/schemas'
import { INFLUENCE_TABLE, ROLE_TABLE, STANCE_TABLE, rolesByRank, type NodeShape } from '#shared/domain/values'

/** The shape of a person with no role, and of a departed person's seat. */
const NO_ROLE_SHAPE: NodeShape = 'ellipse'

/** The fields of a person the graph draws. */
export type GraphPerson = {
  id: string
  name: string
  title: string
  roles: readonly BuyingRole[]
  stance: Stance
  influence: InfluenceLevel
  isCoach: boolean
  line: ContactLine
  departedAt: number | null
  /** Groups people with no manager below the org chart. */
  department?: string
  position: { x: number; y: number } | null
}
export type GraphLink = { id: string; fromId: string; toId: string; kind: RelationshipKind }

/** Translated text the graph needs; passed in so this module stays pure and language-free. */
export type GraphLabels = {
  role: (role: BuyingRole) => string
  successor: string
  successorOf: (name: string) => string
  /** The badge line of a person not contacted for a while, e.g. "· 45天"; without it no badge is drawn. */
  staleBadge?: (days: number) => string
}

export type ToElementsOptions = {
  labels: GraphLabels
  /** People to mark (e.g. those a coverage warning is about). */
  highlighted?: ReadonlySet<string>
  /** Staleness per person id, shown as a class `stale-<level>`. */
  staleness?: ReadonlyMap<string, 'fresh' | 'due' | 'stale' | 'never'>
  /** Days since the last contact per person id; people who are due or stale get a badge line with them. */
  daysSinceContact?: ReadonlyMap<string, number | null>
}

/** The role that decides a person's node shape: the lowest shapeRank in the role table, or 'none'. */
export function mainRole(roles: readonly BuyingRole[]): BuyingRole | 'none' {
  return rolesByRank(roles, 'shapeRank')[0] ?? 'none'
}

/**
 * Cytoscape elements for a stakeholder map. Pure: the same input always gives the same elements.
 * Nodes carry their style in data (shape, colour, size) so the stylesheet stays static; a person who
 * left becomes a dashed "find the successor" seat. A `reportsTo` edge runs from the manager to the
 * report (so hierarchical layouts put managers on top) and is drawn with its arrow at the manager.
 */
export function toElements(
  people: readonly GraphPerson[],
  links: readonly GraphLink[],
  { labels, highlighted, staleness, daysSinceContact }: ToElementsOptions
): ElementDefinition[] {
  const ids = new Set(people.map((p) => p.id))
  const nodes: ElementDefinition[] = people.map((p) => {
    const departed = p.departedAt !== null
    const role = mainRole(p.roles)
    const roleText = p.roles.map(labels.role).join(' · ')
    const level = staleness?.get(p.id)
    const days = daysSinceContact?.get(p.id)
    const badge = (level === 'due' || level === 'stale') && typeof days === 'number' && labels.staleBadge ? labels.staleBadge(days) : ''
    const label = departed
      ? `${labels.successor}\n${labels.successorOf(p.name)}`
      : [`${p.isCoach ? '★ ' : ''}${p.name}`, p.title, roleText, badge].filter((line) => line !== '').join('\n')
    const classes = [
      departed ? 'departed' : `stance-${p.stance}`,
      p.isCoach && !departed ? 'coach' : '',
      p.line === 'main' && !departed ? 'main-line' : p.line === 'auxiliary' && !departed ? 'aux-line' : '',
      highlighted?.has(p.id) ? 'highlighted' : '',
      staleness?.get(p.id) ? `stale-${staleness.get(p.id)}` : '',
      p.position ? 'pinned' : ''
    ].filter(Boolean)
    return {
      group: 'nodes',
      data: {
        id: p.id,
        label,
        name: p.name,
        shape: departed || role === 'none' ? NO_ROLE_SHAPE : ROLE_TABLE[role].shape,
        colour: departed ? '#ffffff' : STANCE_TABLE[p.stance].colour,
        size: INFLUENCE_TABLE[p.influence].nodeSize,
        role,
        department: p.department ?? '',
        pinned: p.position !== null
      },
      ...(p.position ? { position: { ...p.position } } : {}),
      classes: classes.join(' ')
    }
  })
  const edges: ElementDefinition[] = links
    .filter((l) => ids.has(l.fromId) && ids.has(l.toId) && l.fromId !== l.toId)
    .map((l) => ({
      group: 'edges',
      data: {
        id: l.id,
        source: l.kind === 'reportsTo' ? l.toId : l.fromId,
        target: l.kind === 'reportsTo' ? l.fromId : l.toId,
        kind: l.kind
      },
      classes: l.kind
    }))
  return [...nodes, ...edges]
}

/** A key that changes only when the graph's structure changes (who is on it, which links), not on restyling. */
export function structureKey(elements: readonly ElementDefinition[]): string {
  return elements
    .map((el) => (el.group === 'edges' ? `${el.data.id}:${el.data.source}>${el.data.target}:${el.data.kind}` : String(el.data.id)))
    .sort()
    .join('|')
}

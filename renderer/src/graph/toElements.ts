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

/**
 * Whether a kind's edge runs from the link's toId to its fromId. A reports-to link is recorded from the
 * report to the manager but drawn from the manager, so hierarchical layouts put managers on top.
 */
export function runsFromManager(kind: RelationshipKind): boolean {
  return kind === 'reportsTo'
}

/** How far the first link between two people bows off the straight line in the org chart; the next ones bow further. */
export const BOW_STEP = 70

/** How one link between two people bows off the straight line between them in the org chart. */
export type Bow = {
  /** Its place among the links between the same two people (either direction), from 0, in the order given. */
  rank: number
  /**
   * The signed distance of its curve's control point from the straight line, as Cytoscape's
   * control-point-distances measures it (from source to target): links between the same two people
   * take turns on either side and bow further each round (70, -70, 140, -140, ...), whichever way they run.
   */
  distance: number
}

/**
 * The bow of each link that is not a reports-to link, by link id, so links between the same two people
 * lie neither on each other nor on the straight reports-to line between a manager and the report below.
 */
export function bowsOf(links: readonly GraphLink[]): Map<string, Bow> {
  const seen = new Map<string, number>()
  const bows = new Map<string, Bow>()
  for (const link of links) {
    if (link.kind === 'reportsTo') continue
    // The side is decided for the pair in one fixed orientation, then flipped for links drawn the other way.
    const [first, second] = [link.fromId, link.toId].sort()
    const pair = `${first}\u0000${second}`
    const rank = seen.get(pair) ?? 0
    seen.set(pair, rank + 1)
    const side = rank % 2 === 0 ? 1 : -1
    const sourceId = runsFromManager(link.kind) ? link.toId : link.fromId
    const orientation = sourceId === first ? 1 : -1
    bows.set(link.id, { rank, distance: side * orientation * BOW_STEP * (Math.floor(rank / 2) + 1) })
  }
  return bows
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
  const drawn = links.filter((l) => ids.has(l.fromId) && ids.has(l.toId) && l.fromId !== l.toId)
  const bows = bowsOf(drawn)
  const edges: ElementDefinition[] = drawn.map((l) => ({
    group: 'edges',
    data: {
      id: l.id,
      source: runsFromManager(l.kind) ? l.toId : l.fromId,
      target: runsFromManager(l.kind) ? l.fromId : l.toId,
      kind: l.kind,
      ...(bows.has(l.id) ? { bow: bows.get(l.id)!.distance, bowRank: bows.get(l.id)!.rank } : {})
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

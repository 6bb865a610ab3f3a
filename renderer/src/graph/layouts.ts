import cytoscape, { type Core, type EdgeSingular, type LayoutOptions, type NodeCollection, type NodeSingular } from 'cytoscape'
import dagre from 'cytoscape-dagre'
import fcose from 'cytoscape-fcose'
import { BOW_STEP } from './toElements'

export type GraphLayout = 'org' | 'influence'

let registered = false
/** Registers the layout extensions once per page. */
export function registerExtensions(): void {
  if (registered) return
  cytoscape.use(dagre)
  cytoscape.use(fcose)
  registered = true
}

/**
 * Runs a layout synchronously (no animation) and puts pinned nodes (those the rep dragged) back where
 * they were left. The org chart ranks people by reports-to links only (dagre, managers on top); the
 * influence view is force-directed over every link (fcose) with pinned nodes fixed in place.
 * `incremental` starts the force layout from the current positions instead of random ones.
 */
export type OrgSpacing = { nodeSep: number; rankSep: number }
/** The org chart's spacing on screen; paper maps pass a tighter one. */
export const SCREEN_SPACING: OrgSpacing = { nodeSep: 24, rankSep: 70 }

export function runLayout(cy: Core, layout: GraphLayout, incremental = false, spacing: OrgSpacing = SCREEN_SPACING): void {
  const nodes = cy.nodes().not('.ghost')
  if (nodes.length === 0) return
  const pinned = nodes.filter('[?pinned]')
  const saved = new Map(pinned.nodes().map((n) => [n.id(), { ...n.position() }] as const))
  if (layout === 'org') {
    // People in no reporting line at all go below the chart, by department, instead of into its top row.
    const tree = cy.edges('.reportsTo')
    const inChart = nodes.nodes().filter((n) => n.connectedEdges('.reportsTo').nonempty())
    const loose = nodes.nodes().filter((n) => n.connectedEdges('.reportsTo').empty() && !n.data('pinned'))
    const charted = inChart.nonempty() && loose.nonempty() ? nodes.not(loose) : nodes
    const eles = charted.union(tree)
    eles
      .layout({
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: spacing.nodeSep,
        rankSep: spacing.rankSep,
        edgeSep: 10,
        nodeDimensionsIncludeLabels: true,
        animate: false,
        fit: false
      } as LayoutOptions)
      .run()
    if (charted !== nodes) placeBelow(charted, loose, spacing.rankSep / 1.75)
  } else if (nodes.length - pinned.length > 0) {
    const fixedNodeConstraint = [...saved].map(([nodeId, position]) => ({ nodeId, position }))
    cy.elements()
      .not('.ghost')
      .layout({
        name: 'fcose',
        quality: 'default',
        randomize: !incremental && fixedNodeConstraint.length === 0,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 80,
        nodeRepulsion: 6500,
        nodeSeparation: 60,
        packComponents: true,
        ...(fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {})
      } as LayoutOptions)
      .run()
  }
  cy.batch(() => {
    for (const [id, position] of saved) cy.getElementById(id).position(position)
  })
  applyLayoutClasses(cy, layout)
}

const LOOSE_GAP = 24
const LOOSE_ROW_GAP = 40

/** Lays `loose` people out in rows under `chart`, one row per department (in order of name), centred on it. */
function placeBelow(chart: NodeCollection, loose: NodeCollection, rowGap = LOOSE_ROW_GAP): void {
  const box = chart.boundingBox({ includeLabels: true })
  const groups = new Map<string, NodeSingular[]>()
  for (const node of loose.toArray() as NodeSingular[]) {
    const key = String(node.data('department') ?? '')
    groups.set(key, [...(groups.get(key) ?? []), node])
  }
  let top = box.y2 + rowGap * 1.5
  const centre = (box.x1 + box.x2) / 2
  for (const key of [...groups.keys()].sort((a, b) => a.localeCompare(b))) {
    const row = groups.get(key)!
    const sizes = row.map((n) => n.boundingBox({ includeLabels: true }))
    const width = sizes.reduce((sum, b) => sum + b.w, 0) + LOOSE_GAP * (row.length - 1)
    const height = Math.max(...sizes.map((b) => b.h))
    let x = centre - width / 2
    row.forEach((node, i) => {
      const b = sizes[i]!
      // Position is the node's centre; its label hangs below it, so offset by the box's own geometry.
      const offsetY = node.position('y') - b.y1
      node.position({ x: x + b.w / 2, y: top + offsetY })
      x += b.w + LOOSE_GAP
    })
    top += height + rowGap
  }
}

/**
 * Edge styles that depend on the layout: in the org chart reports-to links are drawn as an org tree and
 * the other links are bowed, each by its own distance, so they neither run straight through the people
 * between nor lie on each other or on the tree. Between people on one row the links bow upwards,
 * further for each (labels hang below people); otherwise the first bows to the side where it crosses
 * fewer people and labels (out of the chart when even), the next ones take turns on either side, further
 * each round. The influence view leaves them to Cytoscape's bezier, which already parts links between
 * the same two people.
 */
export function applyLayoutClasses(cy: Core, layout: GraphLayout): void {
  cy.batch(() => {
    const bowed = cy.edges('[bow]').not('.reportsTo')
    bowed.toggleClass('bowed', layout === 'org')
    if (layout === 'org' && bowed.nonempty()) {
      const people = cy.nodes().not('.ghost')
      const box = people.boundingBox({})
      const boxes = people.map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true }) }))
      const chart = { centre: (box.x1 + box.x2) / 2, boxes }
      bowed.forEach((edge) => void edge.data('route', routeOf(edge, chart)))
    }
    cy.edges('.reportsTo').toggleClass('tree', layout === 'org')
  })
}

/** Steps of the bows between people on one row (the curve's top is half the distance above the line). */
const SIDE_BY_SIDE_STEP = 35
/** How many bows between people on one row fit under the tree's line above them; more go below. */
const SIDE_BY_SIDE_ABOVE = 3

type Chart = { centre: number; boxes: { id: string; box: { x1: number; y1: number; x2: number; y2: number } }[] }

/**
 * The control-point distance an org-chart link is drawn with (see applyLayoutClasses). Cytoscape puts a
 * positive distance's control point at (-dy, dx) from the line between source and target, so the side
 * depends on the direction; the sides chosen here do not: they follow the people's places.
 */
function routeOf(edge: EdgeSingular, chart: Chart): number {
  const from = edge.source().position()
  const to = edge.target().position()
  const dx = to.x - from.x
  const dy = to.y - from.y
  const rank = Number(edge.data('bowRank') ?? 0)
  if (Math.abs(dy) * 3 < Math.abs(dx)) {
    // Upwards when (-dy, dx) points up: a positive distance when dx < 0.
    const up = rank < SIDE_BY_SIDE_ABOVE
    const distance = SIDE_BY_SIDE_STEP * (up ? rank + 1 : rank - SIDE_BY_SIDE_ABOVE + 1)
    return (up ? -1 : 1) * Math.sign(dx) * distance
  }
  // The first link's side: where it crosses fewer of the others, else out of the chart (the right, for
  // a line on its centre). Decided for the pair in one orientation, so it is the same whichever way a link runs.
  const forward = edge.source().id() < edge.target().id()
  const [a, b] = forward ? [from, to] : [to, from]
  const ends = new Set([edge.source().id(), edge.target().id()])
  const others = chart.boxes.filter(({ id }) => !ends.has(id)).map(({ box }) => box)
  const crossings = (sign: number) => crossed(a, b, sign * BOW_STEP, others)
  const outwards = Math.sign(-(b.y - a.y) * ((a.x + b.x) / 2 - chart.centre || 1)) || 1
  const [right, left] = [crossings(1), crossings(-1)]
  const first = right === left ? outwards : right < left ? 1 : -1
  const orientation = forward ? 1 : -1
  const side = rank % 2 === 0 ? 1 : -1
  return orientation * first * side * BOW_STEP * (Math.floor(rank / 2) + 1)
}

type Point = { x: number; y: number }

/** How many of `boxes` the curve from a to b, bowed by `distance` as Cytoscape bows it, passes through. */
function crossed(a: Point, b: Point, distance: number, boxes: Chart['boxes'][number]['box'][]): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1
  const c = { x: (a.x + b.x) / 2 + (-(b.y - a.y) / length) * distance, y: (a.y + b.y) / 2 + ((b.x - a.x) / length) * distance }
  const points: Point[] = []
  for (let i = 1; i < 24; i += 1) {
    const t = i / 24
    points.push({ x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x, y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y })
  }
  return boxes.filter((box) => points.some((p) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2)).length
}

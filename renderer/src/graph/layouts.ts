import cytoscape, { type Core, type LayoutOptions, type NodeCollection, type NodeSingular } from 'cytoscape'
import dagre from 'cytoscape-dagre'
import fcose from 'cytoscape-fcose'

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
export function runLayout(cy: Core, layout: GraphLayout, incremental = false): void {
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
        nodeSep: 24,
        rankSep: 70,
        edgeSep: 10,
        nodeDimensionsIncludeLabels: true,
        animate: false,
        fit: false
      } as LayoutOptions)
      .run()
    if (charted !== nodes) placeBelow(charted, loose)
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
function placeBelow(chart: NodeCollection, loose: NodeCollection): void {
  const box = chart.boundingBox({ includeLabels: true })
  const groups = new Map<string, NodeSingular[]>()
  for (const node of loose.toArray() as NodeSingular[]) {
    const key = String(node.data('department') ?? '')
    groups.set(key, [...(groups.get(key) ?? []), node])
  }
  let top = box.y2 + LOOSE_ROW_GAP * 1.5
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
    top += height + LOOSE_ROW_GAP
  }
}

/**
 * Edge styles that depend on the layout: in the org chart reports-to links are drawn as an org tree and
 * the other links are bowed, each by its own distance (toElements' `bow`: links between the same two
 * people part to alternate sides), so they neither run straight through the people between nor lie on
 * each other or on the tree. The influence view leaves them to Cytoscape's bezier, which already parts
 * links between the same two people.
 */
export function applyLayoutClasses(cy: Core, layout: GraphLayout): void {
  cy.batch(() => {
    cy.edges('[bow]').not('.reportsTo').toggleClass('bowed', layout === 'org')
    cy.edges('.reportsTo').toggleClass('tree', layout === 'org')
  })
}

import cytoscape, { type Core, type LayoutOptions } from 'cytoscape'
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
    const eles = nodes.union(cy.edges('.reportsTo'))
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

/**
 * Edge styles that depend on the layout: in the org chart reports-to links are drawn as an org tree and
 * the other links are bowed so they do not run straight through the people between.
 */
export function applyLayoutClasses(cy: Core, layout: GraphLayout): void {
  cy.batch(() => {
    cy.edges().not('.reportsTo').toggleClass('bowed', layout === 'org')
    cy.edges('.reportsTo').toggleClass('tree', layout === 'org')
  })
}

import cytoscape, { type ElementDefinition } from 'cytoscape'
import { registerExtensions, runLayout, type GraphLayout, type OrgSpacing } from './layouts'
import { graphStylesheet } from './stylesheet'
import { graphToSvg } from './svgExport'

export type RenderGraphOptions = {
  width?: number
  height?: number
  scale?: number
  /** Drawn for paper: small nodes with their label beside them and tight ranks, so it prints large. */
  paper?: boolean
}

const PAPER_SPACING: OrgSpacing = { nodeSep: 14, rankSep: 30 }
/** Node sizes on paper, as a share of the screen's (influence still reads as size). */
export const PAPER_NODE_SCALE = 0.55
const paperStyle = [
  {
    selector: 'node',
    style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4, 'text-margin-y': 0, 'text-justification': 'left' }
  }
] as const

async function withOffscreenGraph<R>(
  elements: ElementDefinition[],
  layout: GraphLayout,
  { width = 1200, height = 800, paper = false }: RenderGraphOptions,
  work: (cy: cytoscape.Core) => R
): Promise<R> {
  registerExtensions()
  const container = document.createElement('div')
  container.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`
  document.body.appendChild(container)
  // 'preset' keeps the elements' own positions; Cytoscape's default grid would overwrite the ones the rep dragged.
  const sized = paper
    ? elements.map((el) => (el.group === 'nodes' ? { ...el, data: { ...el.data, size: Math.round(Number(el.data.size) * PAPER_NODE_SCALE) } } : el))
    : elements
  const style = paper ? [...graphStylesheet, ...(paperStyle as unknown as typeof graphStylesheet)] : graphStylesheet
  const cy = cytoscape({ container, style, elements: sized, layout: { name: 'preset' } })
  try {
    // Let web fonts settle so CJK labels are measured with the final font.
    await document.fonts?.ready
    runLayout(cy, layout, false, paper ? PAPER_SPACING : undefined)
    cy.fit(undefined, 30)
    return work(cy)
  } finally {
    cy.destroy()
    container.remove()
  }
}

/**
 * Renders a stakeholder map off screen and returns it as a PNG data URL (`data:image/png;base64,...`).
 * For other features (e.g. the visit brief): build `elements` with toElements() from the people and
 * links, pick 'org' or 'influence'. People with a kept position stay where the rep put them.
 */
export function renderGraphPng(elements: ElementDefinition[], layout: GraphLayout, options: RenderGraphOptions = {}): Promise<string> {
  return withOffscreenGraph(elements, layout, options, (cy) => {
    // At zoom 1 one graph unit is one CSS pixel, so a three-person map stays small instead of being
    // blown up to fill the viewport; `scale` only adds pixels for sharp printing.
    cy.zoom(1)
    return cy.png({ output: 'base64uri', full: true, scale: options.scale ?? 2, bg: '#ffffff' })
  })
}

/** Same as renderGraphPng, as a standalone SVG document. */
export function renderGraphSvg(elements: ElementDefinition[], layout: GraphLayout, options: RenderGraphOptions = {}): Promise<string> {
  return withOffscreenGraph(elements, layout, options, graphToSvg)
}

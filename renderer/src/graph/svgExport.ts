import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'
import type { RelationshipKind } from '#shared/schemas'
import { LINK_STYLE_TABLE, linkDashArray } from '#shared/domain/values'
import { FONT_FAMILY } from './stylesheet'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function polygon(cx: number, cy: number, r: number, sides: number, rotation: number): string {
  const points: string[] = []
  for (let i = 0; i < sides; i += 1) {
    const a = rotation + (i * 2 * Math.PI) / sides
    points.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`)
  }
  return points.join(' ')
}

function nodeShape(node: NodeSingular): string {
  const { x, y } = node.position()
  const w = node.width()
  const r = w / 2
  const fill = String(node.data('colour') ?? '#9aa3b2')
  const stroke = node.style('border-color') as string
  const strokeWidth = parseFloat(String(node.style('border-width'))) || 1
  // A dashed border is a vacant seat, and only that.
  const dash = node.style('border-style') === 'dashed' ? ' stroke-dasharray="5 3"' : ''
  const opacity = parseFloat(String(node.style('background-opacity')))
  const fade = opacity < 1 ? ` fill-opacity="${opacity}"` : ''
  const paint = `fill="${fill}"${fade} stroke="${stroke}" stroke-width="${strokeWidth}"${dash}`
  switch (node.data('shape')) {
    case 'diamond':
      return `<polygon points="${polygon(x, y, r, 4, -Math.PI / 2)}" ${paint}/>`
    case 'octagon':
      return `<polygon points="${polygon(x, y, r, 8, Math.PI / 8)}" ${paint}/>`
    case 'pentagon':
      return `<polygon points="${polygon(x, y, r, 5, -Math.PI / 2)}" ${paint}/>`
    case 'hexagon':
      return `<polygon points="${polygon(x, y, r, 6, 0)}" ${paint}/>`
    case 'triangle':
      return `<polygon points="${polygon(x, y, r, 3, -Math.PI / 2)}" ${paint}/>`
    case 'rectangle':
      return `<rect x="${x - r}" y="${y - r}" width="${w}" height="${w}" ${paint}/>`
    case 'round-rectangle':
      return `<rect x="${x - r}" y="${y - r}" width="${w}" height="${w}" rx="${w / 5}" ${paint}/>`
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" ${paint}/>`
  }
}

type Point = { x: number; y: number }

const pointText = ({ x, y }: Point) => `${x.toFixed(1)},${y.toFixed(1)}`

/** The edge's route as Cytoscape draws it: org-tree corners, a bezier through its control points, or straight. */
function edgeRoute(edge: EdgeSingular): string {
  const start = edge.sourceEndpoint()
  const end = edge.targetEndpoint()
  if (String(edge.style('curve-style')) === 'taxi') {
    return `M${[start, ...(edge.segmentPoints() ?? []), end].map(pointText).join(' L')}`
  }
  const control = edge.controlPoints() ?? []
  if (control.length === 0) return `M${pointText(start)} L${pointText(end)}`
  // Several control points make a chain of quadratic curves joined halfway between them, as on canvas.
  const parts = [`M${pointText(start)}`]
  control.forEach((c, i) => {
    const next = control[i + 1]
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end
    parts.push(`Q${pointText(c)} ${pointText(to)}`)
  })
  return parts.join(' ')
}

const MARKED_ARROWS = ['triangle', 'vee', 'tee'] as const
type MarkedArrow = (typeof MARKED_ARROWS)[number]
const isMarked = (shape: unknown): shape is MarkedArrow => MARKED_ARROWS.includes(shape as MarkedArrow)

/** One marker per arrow shape, in the line's own colour, turned to face out of the line at either end. */
const MARKERS: Record<MarkedArrow, string> = {
  triangle: '<path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/>',
  vee: '<path d="M0,0 L10,5 L0,10 L3,5 z" fill="context-stroke"/>',
  tee: '<path d="M8,0 L10,0 L10,10 L8,10 z" fill="context-stroke"/>'
}

function edgePath(edge: EdgeSingular): string {
  const kind = edge.data('kind') as RelationshipKind
  const link = LINK_STYLE_TABLE[kind]
  const colour = edge.style('line-color') as string
  const width = parseFloat(String(edge.style('width'))) || link.width
  const dashArray = linkDashArray(kind)
  const dash = dashArray === 'none' ? '' : ` stroke-dasharray="${dashArray}"`
  const cap = link.cap === 'butt' ? '' : ` stroke-linecap="${link.cap}"`
  const sourceArrow = edge.style('source-arrow-shape')
  const targetArrow = edge.style('target-arrow-shape')
  const markerStart = isMarked(sourceArrow) ? ` marker-start="url(#arrow-${sourceArrow})"` : ''
  const markerEnd = isMarked(targetArrow) ? ` marker-end="url(#arrow-${targetArrow})"` : ''
  return `<path d="${edgeRoute(edge)}" fill="none" stroke="${colour}" stroke-width="${width}"${dash}${cap}${markerStart}${markerEnd} data-kind="${kind}"/>`
}

/** A standalone SVG of the graph as currently laid out: shapes, colours, links and labels. */
export function graphToSvg(cy: Core): string {
  const nodes = cy.nodes().not('.ghost')
  const box = nodes.union(cy.edges().not('.ghost')).boundingBox({ includeLabels: true })
  const pad = 20
  const x0 = box.x1 - pad
  const y0 = box.y1 - pad
  const w = Math.max(1, box.w + 2 * pad)
  const h = Math.max(1, box.h + 2 * pad)
  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${Math.round(w)}" height="${Math.round(h)}" font-family='${FONT_FAMILY}'>`,
    `<defs>${MARKED_ARROWS.map(
      (shape) =>
        `<marker id="arrow-${shape}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">${MARKERS[shape]}</marker>`
    ).join('')}</defs>`,
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff"/>`
  )
  cy.edges()
    .not('.ghost')
    .forEach((edge) => {
      parts.push(edgePath(edge))
    })
  nodes.forEach((node) => {
    parts.push(nodeShape(node))
    const { x, y } = node.position()
    const lines = String(node.data('label') ?? '').split('\n')
    const top = y + node.height() / 2 + 16
    parts.push(
      `<text x="${x}" y="${top}" text-anchor="middle" font-size="12" fill="#1d2430">${lines
        .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 15}">${escape(line)}</tspan>`)
        .join('')}</text>`
    )
  })
  parts.push('</svg>')
  return parts.join('\n')
}

import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'
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
  const dash = node.style('border-style') === 'dashed' ? ' stroke-dasharray="5 3"' : ''
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}`
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

function edgeLine(edge: EdgeSingular): string {
  const s = edge.sourceEndpoint()
  const t = edge.targetEndpoint()
  const colour = edge.style('line-color') as string
  const width = parseFloat(String(edge.style('width'))) || 2
  const style = edge.style('line-style')
  const dash = style === 'dashed' ? ' stroke-dasharray="8 4"' : style === 'dotted' ? ' stroke-dasharray="2 4"' : ''
  const kind = String(edge.data('kind'))
  const markerEnd = kind === 'influences' ? ' marker-end="url(#arrow)"' : ''
  const markerStart = kind === 'reportsTo' ? ' marker-start="url(#arrow-start)"' : ''
  return `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${colour}" stroke-width="${width}"${dash}${markerEnd}${markerStart}/>`
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
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker>',
    '<marker id="arrow-start" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M10,0 L0,5 L10,10 z" fill="context-stroke"/></marker></defs>',
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff"/>`
  )
  cy.edges()
    .not('.ghost')
    .forEach((edge) => {
      parts.push(edgeLine(edge))
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

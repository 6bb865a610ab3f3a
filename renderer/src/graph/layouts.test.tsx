import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import cytoscape, { type Core, type EdgeSingular } from 'cytoscape'
import { stubCanvas } from '#testing/stubCanvas'
import { registerExtensions, runLayout, type GraphLayout } from './layouts'
import { PRINT_THEME, graphStylesheetFor } from './stylesheet'
import { toElements, type GraphLink, type GraphPerson } from './toElements'
import { graphPerson, testLabels } from './testPeople'

beforeAll(() => {
  stubCanvas()
  registerExtensions()
})

type Point = { x: number; y: number }
type Box = { x1: number; y1: number; x2: number; y2: number }

const labels = testLabels
const person = graphPerson

const opened: Core[] = []
afterEach(() => {
  for (const cy of opened.splice(0)) {
    const container = cy.container()
    cy.destroy()
    container?.remove()
  }
})

/** Lays a map out as the app does (same stylesheet, same layout code), at a given label scale. */
function laidOut(people: GraphPerson[], links: GraphLink[], layout: GraphLayout, labelScale: number): Core {
  const container = document.createElement('div')
  container.style.cssText = 'position:fixed;left:0;top:0;width:1200px;height:800px;'
  document.body.appendChild(container)
  const cy = cytoscape({
    container,
    style: graphStylesheetFor(PRINT_THEME, labelScale),
    elements: toElements(people, links, { labels }),
    layout: { name: 'preset' }
  })
  opened.push(cy)
  runLayout(cy, layout)
  // Labels are placed when nodes are measured; lines are then routed around them (as a drawn frame does).
  cy.nodes().forEach((n) => void n.boundingBox({ includeLabels: true }))
  return cy
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y)

/** Points along an edge as drawn: its taxi corners, its bezier curve, or its straight line. */
function pathOf(edge: EdgeSingular, steps = 40): Point[] {
  const start = edge.sourceEndpoint()
  const end = edge.targetEndpoint()
  const style = String(edge.style('curve-style'))
  if (style === 'taxi') return [start, ...(edge.segmentPoints() ?? []), end]
  const control = edge.controlPoints()
  if (!control || control.length === 0) return [start, end]
  const c = control[0]!
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps
    return {
      x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * c.x + t ** 2 * end.x,
      y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * c.y + t ** 2 * end.y
    }
  })
}

function distanceToPolyline(p: Point, line: Point[]): number {
  let best = Infinity
  for (let i = 0; i + 1 < line.length; i += 1) {
    const a = line[i]!
    const b = line[i + 1]!
    const dx = b.x - a.x
    const dy = b.y - a.y
    const length2 = dx * dx + dy * dy
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
    best = Math.min(best, distance(p, { x: a.x + t * dx, y: a.y + t * dy }))
  }
  return best
}

/** The share of `edge`'s middle (its ends meet at nodes anyway) that runs within 5 px of `other`. */
function sharedShare(edge: EdgeSingular, other: EdgeSingular): number {
  const points = densify(pathOf(edge)).filter((_, i, all) => i >= all.length * 0.15 && i <= all.length * 0.85)
  const line = pathOf(other)
  return points.filter((p) => distanceToPolyline(p, line) < 5).length / points.length
}

/** The polyline resampled every 2 px, so a two-point straight line is judged along its length too. */
function densify(line: Point[]): Point[] {
  const out: Point[] = []
  for (let i = 0; i + 1 < line.length; i += 1) {
    const a = line[i]!
    const b = line[i + 1]!
    const n = Math.max(1, Math.ceil(distance(a, b) / 2))
    for (let k = 0; k < n; k += 1) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n })
  }
  out.push(line.at(-1)!)
  return out
}

/** Each arrowhead as points: its tip and the 10 px of line behind it, which the head covers. */
function arrowheads(edge: EdgeSingular): { at: string; points: Point[] }[] {
  const path = pathOf(edge, 200)
  const heads: { at: string; points: Point[] }[] = []
  const head = (tipFirst: Point[]) => {
    const tip = tipFirst[0]!
    return tipFirst.filter((p) => distance(p, tip) <= 10)
  }
  if (edge.style('target-arrow-shape') !== 'none') heads.push({ at: `${edge.id()} at ${edge.target().id()}`, points: head([...densify(path)].reverse()) })
  if (edge.style('source-arrow-shape') !== 'none') heads.push({ at: `${edge.id()} at ${edge.source().id()}`, points: head(densify(path)) })
  return heads
}

/** Where each person's label is painted (text, padding and opaque background), without the node itself. */
function labelBoxes(cy: Core): { id: string; box: Box }[] {
  return cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false } as never) }))
}

const inside = (p: Point, b: Box) => p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2

function expectNoSharedPaths(cy: Core) {
  const edges = cy.edges().toArray() as EdgeSingular[]
  for (const a of edges)
    for (const b of edges) {
      // The org tree's lines from one manager share their trunk, as an org chart's do.
      if (a === b || (a.hasClass('tree') && b.hasClass('tree') && a.source().same(b.source()))) continue
      expect(sharedShare(a, b), `${a.id()} runs along ${b.id()}`).toBeLessThan(0.2)
      expect(distance(a.midpoint(), b.midpoint()), `midpoints of ${a.id()} and ${b.id()}`).toBeGreaterThan(15)
    }
}

function expectArrowheadsInSight(cy: Core) {
  const boxes = labelBoxes(cy)
  let checked = 0
  cy.edges().forEach((edge) => {
    for (const { at, points } of arrowheads(edge)) {
      checked += 1
      for (const { id, box } of boxes) {
        const covered = points.filter((p) => inside(p, box))
        expect(covered, `arrowhead of ${at} under the label of ${id}`).toEqual([])
      }
    }
  })
  return checked
}

// A manager over two reports; report A influences the manager and is both ally of and an influence on B.
const org = [person('m', 'Manager', { roles: ['decisionMaker'], influence: 'high' }), person('a', 'Report A'), person('b', 'Report B')]
const orgLinks: GraphLink[] = [
  { id: 'a-reports', fromId: 'a', toId: 'm', kind: 'reportsTo' },
  { id: 'b-reports', fromId: 'b', toId: 'm', kind: 'reportsTo' },
  { id: 'a-influences-m', fromId: 'a', toId: 'm', kind: 'influences' },
  { id: 'a-ally-b', fromId: 'a', toId: 'b', kind: 'ally' },
  { id: 'a-influences-b', fromId: 'a', toId: 'b', kind: 'influences' },
  { id: 'b-rival-a', fromId: 'b', toId: 'a', kind: 'rival' }
]

describe('edge routing in the org chart', () => {
  for (const labelScale of [1, 1.6]) {
    it(`keeps every line on its own path, labels at ${labelScale}x`, () => {
      const cy = laidOut(org, orgLinks, 'org', labelScale)
      expect(cy.edges()).toHaveLength(6)
      expectNoSharedPaths(cy)
    })

    it(`runs no link under a label, labels at ${labelScale}x`, () => {
      const cy = laidOut(org, orgLinks, 'org', labelScale)
      const boxes = labelBoxes(cy)
      cy.edges('.bowed').forEach((edge) => {
        const points = densify(pathOf(edge))
        for (const { id, box } of boxes) expect(points.filter((p) => inside(p, box)), `${edge.id()} under the label of ${id}`).toEqual([])
      })
      // Side by side, the three links between the reports all bow above them, each further.
      const tops = ['a-ally-b', 'a-influences-b', 'b-rival-a'].map((id) => cy.$id(id).controlPoints()[0]!.y)
      for (const y of tops) expect(y).toBeLessThan(cy.$id('a').position('y'))
      expect(new Set(tops.map(Math.round)).size).toBe(3)
      // A report's influence on the manager bows out of the chart, not across the links between the reports.
      const centre = cy.$id('m').position('x')
      const chord = (cy.$id('a').position('x') + centre) / 2
      expect(Math.abs(cy.$id('a-influences-m').controlPoints()[0]!.x - centre)).toBeGreaterThan(Math.abs(chord - centre) + 30)
    })

    it(`leaves every arrowhead outside every label, labels at ${labelScale}x`, () => {
      const cy = laidOut(org, orgLinks, 'org', labelScale)
      // a → m and a → b (influence), and the rival's two tees.
      expect(expectArrowheadsInSight(cy)).toBe(4)
    })
  }

  it('keeps an influence of a report on the manager right above off their reports-to line, its arrow in sight', () => {
    const cy = laidOut(
      [person('m', 'Manager'), person('a', 'Report')],
      [
        { id: 'reports', fromId: 'a', toId: 'm', kind: 'reportsTo' },
        { id: 'influences', fromId: 'a', toId: 'm', kind: 'influences' }
      ],
      'org',
      1
    )
    expect(cy.$id('a').position('x')).toBeCloseTo(cy.$id('m').position('x'))
    expectNoSharedPaths(cy)
    expect(expectArrowheadsInSight(cy)).toBe(1)
  })
})

describe('edge routing in the influence view', () => {
  // The force layout starts from random positions; a fixed sequence makes this check the routing, not the luck
  // of the start (it failed once in CI under load with Math.random).
  afterEach(() => vi.restoreAllMocks())
  it('keeps every line on its own path and every arrowhead outside the labels', () => {
    let seed = 20261203
    vi.spyOn(Math, 'random').mockImplementation(() => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648))
    const cy = laidOut(org, orgLinks, 'influence', 1)
    expectNoSharedPaths(cy)
    // Both reports-to arrows at the manager too.
    expect(expectArrowheadsInSight(cy)).toBe(6)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { RELATIONSHIP_KINDS } from '#shared/schemas'
import { linkDashArray } from '#shared/domain/values'
import { stubCanvas } from '#testing/stubCanvas'
import { renderGraphSvg } from './renderGraph'
import { toElements, type GraphPerson } from './toElements'
import { graphPerson, testLabels } from './testPeople'

beforeAll(stubCanvas)

const labels = testLabels
const person = (id: string, name: string, x: number, overrides: Partial<GraphPerson> = {}): GraphPerson =>
  graphPerson(id, name, { title: 'R&D <lead>', position: { x, y: 0 }, ...overrides })

const svgOf = (people: GraphPerson[], links: Parameters<typeof toElements>[1] = [], layout: 'org' | 'influence' = 'org') =>
  renderGraphSvg(toElements(people, links, { labels }), layout)

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml')

describe('graphToSvg', () => {
  it('is a well-formed SVG with every person’s name, escaped, and a path per link', async () => {
    const svg = await svgOf(
      [person('a', '王芳', 0, { roles: ['decisionMaker'] }), person('b', 'Li & Sons', 200), person('c', 'Chen', 400, { departedAt: 1 })],
      [
        { id: 'r', fromId: 'b', toId: 'a', kind: 'reportsTo' },
        { id: 'i', fromId: 'c', toId: 'b', kind: 'influences' }
      ]
    )
    const doc = parse(svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.documentElement.tagName).toBe('svg')
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toHaveLength(3)
    expect(texts[0]).toContain('王芳')
    expect(texts[1]).toContain('Li & Sons')
    expect(texts[1]).toContain('R&D <lead>')
    expect(texts[2]).toContain('Seat of Chen')
    const lines = [...doc.querySelectorAll('path[data-kind]')]
    expect(lines).toHaveLength(2)
    // In the org chart the reports-to line is the tree (corners, no arrow); the influence arrow points at b.
    expect(lines.map((l) => [l.getAttribute('data-kind'), l.getAttribute('marker-start'), l.getAttribute('marker-end')])).toEqual([
      ['reportsTo', null, null],
      ['influences', null, 'url(#arrow-vee)']
    ])
    expect(doc.querySelector('marker#arrow-vee')).not.toBeNull()
  })

  it('draws each kind of link with the dash pattern, ends and route the canvas draws', async () => {
    const people = [person('a', 'Wang', 0), person('b', 'Li', 200), person('c', 'Zhao', 400)]
    const links = [
      { id: 'r', fromId: 'b', toId: 'a', kind: 'reportsTo' as const },
      { id: 'i', fromId: 'c', toId: 'a', kind: 'influences' as const },
      { id: 'y', fromId: 'b', toId: 'c', kind: 'ally' as const },
      { id: 'v', fromId: 'c', toId: 'b', kind: 'rival' as const }
    ]
    const paths = [...parse(await svgOf(people, links, 'influence')).querySelectorAll('path[data-kind]')]
    const of = (kind: string) => paths.find((p) => p.getAttribute('data-kind') === kind)!
    const dashes = RELATIONSHIP_KINDS.map((kind) => of(kind).getAttribute('stroke-dasharray') ?? 'none')
    expect(dashes).toEqual(RELATIONSHIP_KINDS.map(linkDashArray))
    expect(new Set(dashes).size).toBe(4)
    expect(of('ally').getAttribute('stroke-linecap')).toBe('round')
    // Outside the org tree a reports-to line carries its arrow at the manager (its drawn source).
    expect([of('reportsTo').getAttribute('marker-start'), of('reportsTo').getAttribute('marker-end')]).toEqual(['url(#arrow-triangle)', null])
    expect([of('rival').getAttribute('marker-start'), of('rival').getAttribute('marker-end')]).toEqual(['url(#arrow-tee)', 'url(#arrow-tee)'])
    expect(of('ally').getAttribute('marker-end')).toBeNull()
  })

  it('draws bowed links as the curves the canvas draws, not straight over each other', async () => {
    const people = [person('a', 'Wang', 0), person('b', 'Li', 300)]
    const links = [
      { id: 'i', fromId: 'a', toId: 'b', kind: 'influences' as const },
      { id: 'y', fromId: 'a', toId: 'b', kind: 'ally' as const }
    ]
    const paths = [...parse(await svgOf(people, links)).querySelectorAll('path[data-kind]')].map((p) => p.getAttribute('d')!)
    expect(paths.every((d) => /^M[\d.,-]+ Q/.test(d))).toBe(true)
    const controlY = paths.map((d) => Number(/Q[\d.-]+,([\d.-]+)/.exec(d)![1]))
    // Side by side, both bow above the line between them (y = 0), clear of the labels below, one further.
    for (const y of controlY) expect(y).toBeLessThan(-30)
    expect(Math.abs(controlY[0]! - controlY[1]!)).toBeGreaterThan(30)
  })

  it('draws each person by their main role and frames everyone laid out', async () => {
    const people = [person('a', 'Wang', 0, { roles: ['decisionMaker'], position: null }), person('b', 'Li', 0, { position: null })]
    const doc = parse(await svgOf(people))
    expect(doc.querySelectorAll('polygon')).toHaveLength(1)
    expect(doc.querySelectorAll('circle')).toHaveLength(1)
    const xs = [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')))
    const [x0, , w] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number)
    expect(new Set(xs).size).toBe(2)
    for (const x of xs) expect(x).toBeGreaterThan(x0!)
    for (const x of xs) expect(x).toBeLessThan(x0! + w!)
  })
})

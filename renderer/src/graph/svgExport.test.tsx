import { beforeAll, describe, expect, it } from 'vitest'
import { stubCanvas } from '#testing/stubCanvas'
import { renderGraphSvg } from './renderGraph'
import { toElements, type GraphPerson } from './toElements'

beforeAll(stubCanvas)

const labels = { role: (r: string) => r, successor: 'Find the successor', successorOf: (n: string) => `Seat of ${n}` }
const person = (id: string, name: string, x: number, overrides: Partial<GraphPerson> = {}): GraphPerson => ({
  id,
  name,
  title: 'R&D <lead>',
  roles: ['user'],
  stance: 'supporter',
  influence: 'medium',
  isCoach: false,
  line: 'none',
  departedAt: null,
  position: { x, y: 0 },
  ...overrides
})

const svgOf = (people: GraphPerson[], links: Parameters<typeof toElements>[1] = []) => renderGraphSvg(toElements(people, links, { labels }), 'org')

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml')

describe('graphToSvg', () => {
  it('is a well-formed SVG with every person’s name, escaped, and a line per link', async () => {
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
    const lines = [...doc.querySelectorAll('line')]
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => [l.getAttribute('marker-start'), l.getAttribute('marker-end')])).toEqual([
      ['url(#arrow-start)', null],
      [null, 'url(#arrow)']
    ])
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

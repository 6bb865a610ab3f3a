import { describe, expect, it } from 'vitest'
import { BOW_STEP, bowsOf, structureKey, toElements, type GraphPerson } from './toElements'

const labels = { role: (r: string) => r.toUpperCase(), successor: 'Find the successor', successorOf: (n: string) => `Seat of ${n}` }
const base: GraphPerson = {
  id: 'a',
  name: 'Wang',
  title: 'GM',
  roles: ['user', 'decisionMaker'],
  stance: 'opponent',
  influence: 'high',
  isCoach: true,
  line: 'main',
  departedAt: null,
  position: null
}

describe('toElements', () => {
  it('draws shape by main role, colour by stance, size by influence, and marks coach and main line', () => {
    const [node] = toElements([base], [], { labels })
    expect(node!.data).toMatchObject({ shape: 'diamond', colour: '#d64545', size: 54, label: '★ Wang\nGM\nUSER · DECISIONMAKER' })
    expect(node!.classes).toContain('coach')
    expect(node!.classes).toContain('main-line')
    expect(node!.position).toBeUndefined()
  })

  it('turns a departed person into a successor placeholder and keeps a dragged position', () => {
    const [node] = toElements([{ ...base, departedAt: 5, position: { x: 1, y: 2 } }], [], { labels, highlighted: new Set(['a']) })
    expect(node!.data.label).toBe('Find the successor\nSeat of Wang')
    expect(node!.classes).toContain('departed')
    expect(node!.classes).toContain('highlighted')
    expect(node!.classes).not.toContain('coach')
    expect(node!.position).toEqual({ x: 1, y: 2 })
    expect(node!.data.pinned).toBe(true)
  })

  it('runs reports-to edges from manager to report, keeps other kinds as drawn, and drops dangling links', () => {
    const people = [base, { ...base, id: 'b' }]
    const els = toElements(
      people,
      [
        { id: 'r', fromId: 'b', toId: 'a', kind: 'reportsTo' },
        { id: 'i', fromId: 'b', toId: 'a', kind: 'influences' },
        { id: 'x', fromId: 'b', toId: 'gone', kind: 'ally' }
      ],
      { labels }
    )
    const edges = els.filter((e) => e.group === 'edges')
    expect(edges.map((e) => [e.data.id, e.data.source, e.data.target, e.classes])).toEqual([
      ['r', 'a', 'b', 'reportsTo'],
      ['i', 'b', 'a', 'influences']
    ])
  })

  it('bows links between the same two people apart, on alternating sides and further each round, whichever way they run', () => {
    const bows = bowsOf([
      { id: 'r', fromId: 'b', toId: 'a', kind: 'reportsTo' },
      { id: 'one', fromId: 'a', toId: 'b', kind: 'influences' },
      { id: 'two', fromId: 'a', toId: 'b', kind: 'ally' },
      { id: 'three', fromId: 'b', toId: 'a', kind: 'influences' },
      { id: 'four', fromId: 'b', toId: 'a', kind: 'rival' },
      { id: 'other', fromId: 'a', toId: 'c', kind: 'ally' }
    ])
    // Reports-to links are the org tree, not bowed.
    expect(bows.has('r')).toBe(false)
    // Distances are measured from the edge's source, so b → a flips the sign to stay on the same side.
    const side = (id: string, reversed: boolean) => (reversed ? -1 : 1) * bows.get(id)!.distance
    expect([side('one', false), side('two', false), side('three', true), side('four', true)]).toEqual([BOW_STEP, -BOW_STEP, 2 * BOW_STEP, -2 * BOW_STEP])
    // Another pair starts over.
    expect(bows.get('other')).toEqual({ rank: 0, distance: BOW_STEP })
    expect(['one', 'two', 'three', 'four'].map((id) => bows.get(id)!.rank)).toEqual([0, 1, 2, 3])
  })

  it('gives edges their bow and leaves it off reports-to edges', () => {
    const els = toElements(
      [base, { ...base, id: 'b' }],
      [
        { id: 'r', fromId: 'b', toId: 'a', kind: 'reportsTo' },
        { id: 'i', fromId: 'b', toId: 'a', kind: 'influences' },
        { id: 'x', fromId: 'a', toId: 'b', kind: 'ally' }
      ],
      { labels }
    )
    const bow = (id: string) => els.find((e) => e.data.id === id)!.data.bow
    expect(bow('r')).toBeUndefined()
    // The same signed distance, measured from each edge's own source: running opposite ways, they bow to opposite sides.
    expect([bow('i'), bow('x')]).toEqual([-BOW_STEP, -BOW_STEP])
  })

  it('puts a badge with the days since the last contact on people who are due or overdue, not on those in touch', () => {
    const withBadge = { ...labels, staleBadge: (d: number) => `· ${d} d` }
    const people = [base, { ...base, id: 'b' }, { ...base, id: 'c' }, { ...base, id: 'd' }]
    const els = toElements(people, [], {
      labels: withBadge,
      staleness: new Map([['a', 'stale'], ['b', 'due'], ['c', 'fresh'], ['d', 'never']] as const),
      daysSinceContact: new Map([['a', 45], ['b', 20], ['c', 3], ['d', null]])
    })
    expect(els.map((e) => String(e.data.label).split('\n').at(-1))).toEqual(['· 45 d', '· 20 d', 'USER · DECISIONMAKER', 'USER · DECISIONMAKER'])
    expect(els[0]!.classes).toContain('stale-stale')
  })

  it('keeps the structure key stable across restyling and changes it when links change', () => {
    const one = toElements([base], [], { labels })
    const restyled = toElements([{ ...base, stance: 'supporter' }], [], { labels, highlighted: new Set(['a']) })
    expect(structureKey(restyled)).toBe(structureKey(one))
    const more = toElements([base, { ...base, id: 'b' }], [{ id: 'r', fromId: 'b', toId: 'a', kind: 'ally' }], { labels })
    expect(structureKey(more)).not.toBe(structureKey(one))
  })
})

import { describe, expect, it } from 'vitest'
import { cachedLayout, layoutInputKey, rememberLayout } from './layoutCache'
import { toElements, type GraphLink, type GraphPerson } from './toElements'
import { graphPerson, testLabels } from './testPeople'

const links: GraphLink[] = [{ id: 'l1', fromId: 'b', toId: 'a', kind: 'reportsTo' }]
const key = (people: GraphPerson[], options: Parameters<typeof toElements>[2] = { labels: testLabels }, layout: 'org' | 'influence' = 'org') =>
  layoutInputKey(toElements(people, links, options), layout)
const team = [graphPerson('a', 'Wang'), graphPerson('b', 'Li')]

describe('the layout input key (same key → the same places, no new layout)', () => {
  it('is the same for the same map, whatever is only highlighted', () => {
    expect(key(team)).toBe(key(team.map((p) => ({ ...p }))))
    expect(key(team, { labels: testLabels, highlighted: new Set(['a']) })).toBe(key(team))
  })

  it('changes with the layout, a label (part of a person box), a size, a pin, a link', () => {
    const base = key(team)
    expect(key(team, undefined, 'influence')).not.toBe(base)
    expect(key([graphPerson('a', 'Wang Fang'), team[1]!])).not.toBe(base)
    expect(key([graphPerson('a', 'Wang', { influence: 'high' }), team[1]!])).not.toBe(base)
    expect(key([graphPerson('a', 'Wang', { position: { x: 5, y: 9 } }), team[1]!])).not.toBe(base)
    expect(key([graphPerson('a', 'Wang', { position: { x: 5, y: 10 } }), team[1]!])).not.toBe(key([graphPerson('a', 'Wang', { position: { x: 5, y: 9 } }), team[1]!]))
    expect(layoutInputKey(toElements(team, [], { labels: testLabels }), 'org')).not.toBe(base)
  })
})

describe('the layout cache', () => {
  it('gives back what was laid out for a key, and keeps only the most recently used maps', () => {
    const laid = { positions: new Map([['a', { x: 1, y: 2 }]]), scale: 1.5 }
    rememberLayout('first', laid)
    expect(cachedLayout('first')).toEqual(laid)
    for (let i = 0; i < 30; i++) rememberLayout(`other-${i}`, laid)
    expect(cachedLayout('first')).toBeUndefined()
    expect(cachedLayout('other-29')).toEqual(laid)
    expect(cachedLayout('never')).toBeUndefined()
  })
})

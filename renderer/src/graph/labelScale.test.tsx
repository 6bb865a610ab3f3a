import { describe, expect, it } from 'vitest'
import { estimateLabelScale, labelScaleAt } from './labelScale'
import { toElements, type GraphLink } from './toElements'
import { graphPerson, testLabels } from './testPeople'

/** A manager with `n - 1` direct reports: one very wide rank. */
function flatChart(n: number) {
  const people = Array.from({ length: n }, (_, i) => graphPerson(`p${i}`, `Person ${i}`))
  const links: GraphLink[] = people.slice(1).map((p, i) => ({ id: `l${i}`, fromId: p.id, toId: 'p0', kind: 'reportsTo' }))
  return toElements(people, links, { labels: testLabels })
}

describe('the label scale guessed before the layout', () => {
  it('keeps labels at their own size for a small map in a large view', () => {
    expect(estimateLabelScale(flatChart(3), 'org', 1200, 800)).toBe(1)
    expect(estimateLabelScale(flatChart(3), 'influence', 1200, 800)).toBe(1)
  })

  it('grows labels as far as they grow for a chart that must be shown small', () => {
    expect(estimateLabelScale(flatChart(300), 'org', 900, 500)).toBe(labelScaleAt(0.01))
    expect(estimateLabelScale(flatChart(300), 'influence', 900, 500)).toBe(labelScaleAt(0.01))
  })

  it('grows labels more in a narrower view', () => {
    const elements = flatChart(12)
    expect(estimateLabelScale(elements, 'org', 500, 600)).toBeGreaterThan(estimateLabelScale(elements, 'org', 1800, 600))
  })

  it('guesses nothing for an empty map or a view with no size yet', () => {
    expect(estimateLabelScale([], 'org', 900, 500)).toBe(1)
    expect(estimateLabelScale(flatChart(30), 'org', 0, 0)).toBe(1)
  })
})

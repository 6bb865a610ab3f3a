import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, render, waitFor } from '@testing-library/react'
import { stubCanvas } from '#testing/stubCanvas'
import { CytoscapeGraph, PERF, type CytoscapeGraphProps } from './CytoscapeGraph'
import { toElements, type GraphPerson } from './toElements'
import { graphPerson, testLabels } from './testPeople'

beforeAll(() => stubCanvas())
afterEach(() => {
  cleanup()
  performance.clearMarks()
  performance.clearMeasures()
})

const labels = testLabels
const person = (id: string, name: string): GraphPerson => graphPerson(id, name)
const people = [person('a', 'Wang'), person('b', 'Li'), person('c', 'Zhang')]
const links = [
  { id: 'l1', fromId: 'b', toId: 'a', kind: 'reportsTo' as const },
  { id: 'l2', fromId: 'c', toId: 'a', kind: 'reportsTo' as const }
]
const noop = () => {}
const props = (overrides: Partial<CytoscapeGraphProps> = {}): CytoscapeGraphProps => ({
  elements: toElements(people, links, { labels }),
  layout: 'org',
  selectedId: null,
  linkKind: null,
  onSelect: noop,
  onMove: noop,
  onLink: noop,
  onCreateAt: noop,
  nodeLabel: (id) => id,
  ariaLabel: 'Stakeholder map',
  ...overrides
})
const measures = (name: string) => performance.getEntriesByName(name, 'measure')

describe('CytoscapeGraph performance measures (read by bench/stakeholders.bench.ts)', () => {
  it('measures the layout and the first frame, keeping only the latest of each', async () => {
    const view = render(<CytoscapeGraph {...props()} />)
    expect(measures(PERF.layout)).toHaveLength(1)
    const root = view.getByTestId('atlas-graph')
    expect(Number(root.getAttribute('data-layout-ms'))).toBeCloseTo(measures(PERF.layout)[0]!.duration, 0)
    await waitFor(() => expect(measures(PERF.firstFrame)).toHaveLength(1))

    // Layout runs again (the other layout, a forced re-layout): still one measure each, the latest.
    view.rerender(<CytoscapeGraph {...props({ layout: 'influence' })} />)
    view.rerender(<CytoscapeGraph {...props({ layout: 'influence', layoutNonce: 1 })} />)
    expect(measures(PERF.layout)).toHaveLength(1)
    expect(performance.getEntriesByName(PERF.layoutStart, 'mark')).toHaveLength(1)
    expect(performance.getEntriesByName(PERF.mount, 'mark')).toHaveLength(1)
    expect(measures(PERF.firstFrame)).toHaveLength(1)
    expect(root.getAttribute('data-layout')).toBe('influence')
  })
})

import type { GraphLabels, GraphPerson } from './toElements'

// Shared by the graph's tests: the labels and a person with every field a test does not care about set.
export const testLabels: GraphLabels = { role: (r) => r, successor: 'Find the successor', successorOf: (n) => `Seat of ${n}` }

export const graphPerson = (id: string, name: string, overrides: Partial<GraphPerson> = {}): GraphPerson => ({
  id,
  name,
  title: 'Purchasing manager',
  roles: ['user'],
  stance: 'supporter',
  influence: 'medium',
  isCoach: false,
  line: 'none',
  departedAt: null,
  position: null,
  ...overrides
})

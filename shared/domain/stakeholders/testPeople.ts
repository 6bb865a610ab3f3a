import type { Stakeholder } from '#shared/schemas/stakeholder'
import { emptyStakeholderDraft } from './record'

let counter = 0
/** A valid stakeholder for tests; override what the test is about. */
export function person(overrides: Partial<Stakeholder> = {}): Stakeholder {
  counter += 1
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  return {
    id,
    createdAt: 1000,
    updatedAt: 1000,
    deletedAt: null,
    ...emptyStakeholderDraft('10000000-0000-4000-8000-000000000000', { name: `P${counter}` }),
    ...overrides
  }
}

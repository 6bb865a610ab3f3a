import type { Stakeholder } from '../../schemas/stakeholder'

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
    accountId: '10000000-0000-4000-8000-000000000000',
    name: `P${counter}`,
    title: '',
    department: '',
    phone: '',
    email: '',
    messaging: '',
    roles: [],
    stance: 'unknown',
    influence: 'medium',
    relationshipStage: 'acquaintance',
    isCoach: false,
    line: 'none',
    personality: null,
    caresAbout: '',
    sensitiveNotes: '',
    departedAt: null,
    position: null,
    talkingPoints: [],
    ...overrides
  }
}

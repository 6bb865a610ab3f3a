import { z } from '#shared/schemas/zod'
import { Stakeholder, StakeholderDraft } from '#shared/schemas/stakeholder'

/** The stakeholder record as this feature stores it (talking points included in the shared schema). */
export const StakeholderRecordDraft = StakeholderDraft
export type StakeholderRecordDraft = z.infer<typeof StakeholderRecordDraft>
export const StakeholderRecord = Stakeholder
export type StakeholderRecord = z.infer<typeof StakeholderRecord>

/** A blank person for the editor and for tests. */
export function emptyStakeholderDraft(accountId: string, overrides: Partial<StakeholderRecordDraft> = {}): StakeholderRecordDraft {
  return {
    accountId,
    name: '',
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

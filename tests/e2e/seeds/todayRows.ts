import { randomUUID } from 'node:crypto'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders'
import { emptyAccountDraft, type Account, type Objection, type Stakeholder, type Visit } from '#shared/schemas'

// Valid stored rows for seeding the Today screen straight into IndexedDB. Dates are built in the zone the
// specs run the browser in, so "local noon" means the same day on both sides.
export const TIME_ZONE = 'Asia/Shanghai'

/** Local noon of a day in Shanghai (UTC+8, no daylight saving), `days` after 'YYYY-MM-DD'. */
export function shanghaiDay(ymd: string, days = 0, hour = 12): number {
  return Date.parse(`${ymd}T${String(hour).padStart(2, '0')}:00:00+08:00`) + days * 86_400_000
}

const meta = (at: number) => ({ id: randomUUID(), createdAt: at, updatedAt: at, deletedAt: null })

export function accountRow(fields: Partial<Account> & { name: string }, at = 1): Account {
  return { ...emptyAccountDraft(), ...meta(at), ...fields }
}

export function personRow(account: Account, fields: Partial<Stakeholder> & { name: string }, at = 1): Stakeholder {
  return { ...emptyStakeholderDraft(account.id), ...meta(at), ...fields }
}

export function visitRow(account: Account, date: number, fields: Partial<Visit> = {}): Visit {
  return {
    ...meta(date),
    accountId: account.id,
    kind: 'revisit',
    status: 'done',
    date,
    time: null,
    objective: '',
    questions: [],
    outcome: '',
    nextReason: '',
    attendeeIds: [],
    tasks: [],
    ...fields
  }
}

export function taskRow(text: string, dueDate: number | null, doneAt: number | null = null) {
  return { id: randomUUID(), text, dueDate, doneAt }
}

export function objectionRow(account: Account, text: string, at: number, fields: Partial<Objection> = {}): Objection {
  return {
    ...meta(at),
    accountId: account.id,
    content: 'price',
    nature: 'genuine',
    text,
    response: '',
    handling: null,
    status: 'open',
    raisedById: null,
    visitId: null,
    resolvedAt: null,
    ...fields
  }
}

export type SeedTables = { accounts: Account[]; stakeholders: Stakeholder[]; visits: Visit[]; objections: Objection[] }

import type { Account } from '../schemas/account'
import { CLASSIFICATIONS, PIPELINE_STAGES, type Classification, type PipelineStage, type Positioning } from '../schemas/enums'
import { daysBetween, dueBucket, lastContactAt, nextVisitCadence, type CadenceStatus, type VisitLike } from './cadence'

export const ACCOUNT_SORTS = ['activity', 'due', 'lastContact', 'name', 'stage', 'classification'] as const
export type AccountSort = (typeof ACCOUNT_SORTS)[number]

/** Where the next visit stands by the account's cadence; "this week" is today and the seven days after. */
export const DUE_FILTERS = ['overdue', 'thisWeek', 'noVisits'] as const
export type DueFilter = (typeof DUE_FILTERS)[number]

/** How long ago the last contact (a visit, call or message logged as done) was. */
export const CONTACT_FILTERS = ['withinWeek', 'withinMonth', 'overMonth', 'never'] as const
export type ContactFilter = (typeof CONTACT_FILTERS)[number]

export interface AccountListQuery {
  text: string
  classification: Classification | null
  positioning: Positioning | null
  stage: PipelineStage | null
  due: DueFilter | null
  lastContact: ContactFilter | null
  sort: AccountSort
}

/** What the list knows beyond the account rows: each account's visits, when anything under it last changed, and today. */
export interface AccountFacts {
  visits: ReadonlyMap<string, readonly VisitLike[]>
  lastActivity: ReadonlyMap<string, number>
  now: number
}

export const defaultAccountListQuery = (): AccountListQuery => ({
  text: '',
  classification: null,
  positioning: null,
  stage: null,
  due: null,
  lastContact: null,
  sort: 'activity'
})

export const isFiltered = (q: AccountListQuery) =>
  q.text.trim() !== '' || q.classification !== null || q.positioning !== null || q.stage !== null || q.due !== null || q.lastContact !== null

/** The query cannot be answered from the account rows alone until the visits are read. */
export const needsVisits = (q: AccountListQuery) => q.due !== null || q.lastContact !== null || q.sort === 'due' || q.sort === 'lastContact'

/** The latest change to the account or to anything recorded under it. */
export const lastActivityOf = (account: Account, facts: Pick<AccountFacts, 'lastActivity'>): number =>
  Math.max(account.updatedAt, facts.lastActivity.get(account.id) ?? 0)

const NO_VISITS: readonly VisitLike[] = []
const DUE: Record<DueFilter, (s: CadenceStatus) => boolean> = {
  overdue: (s) => dueBucket(s) === 'overdue',
  thisWeek: (s) => dueBucket(s) === 'today' || dueBucket(s) === 'thisWeek',
  noVisits: (s) => dueBucket(s) === 'noVisits'
}
const CONTACT: Record<ContactFilter, (daysAgo: number | null) => boolean> = {
  withinWeek: (d) => d !== null && d <= 7,
  withinMonth: (d) => d !== null && d <= 30,
  overMonth: (d) => d !== null && d > 30,
  never: (d) => d === null
}

/**
 * Filters and sorts the account list; the name filter is a case-insensitive substring match (works for
 * Chinese). Due and last-contact use the account's own cadence (its override, positioning and grades).
 */
export function queryAccounts(accounts: readonly Account[], query: AccountListQuery, locale: string, facts: AccountFacts = noFacts()): Account[] {
  const needle = query.text.trim().toLocaleLowerCase(locale)
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const visitsOf = (a: Account) => facts.visits.get(a.id) ?? NO_VISITS
  const cadence = memo((a: Account) => nextVisitCadence(visitsOf(a), a, facts.now))
  const lastContact = memo((a: Account) => lastContactAt(visitsOf(a), facts.now))
  const byName = (a: Account, b: Account) => collator.compare(a.name, b.name)
  // Never visited has no due date yet: after every dated one. Never contacted is the longest gap of all.
  const dueAt = (a: Account) => {
    const s = cadence(a)
    return s.kind === 'noVisits' ? Number.POSITIVE_INFINITY : s.dueAt
  }
  const compare: Record<AccountSort, (a: Account, b: Account) => number> = {
    activity: (a, b) => lastActivityOf(b, facts) - lastActivityOf(a, facts) || byName(a, b),
    due: (a, b) => dueAt(a) - dueAt(b) || byName(a, b),
    lastContact: (a, b) => (lastContact(a) ?? -1) - (lastContact(b) ?? -1) || byName(a, b),
    name: byName,
    // Furthest along the pipeline first: those are the accounts closest to money.
    stage: (a, b) => PIPELINE_STAGES.indexOf(b.stage) - PIPELINE_STAGES.indexOf(a.stage) || byName(a, b),
    classification: (a, b) => CLASSIFICATIONS.indexOf(a.classification) - CLASSIFICATIONS.indexOf(b.classification) || byName(a, b)
  }
  const daysSinceContact = (a: Account) => {
    const last = lastContact(a)
    return last === null ? null : daysBetween(last, facts.now)
  }
  return accounts
    .filter(
      (a) =>
        (!needle || a.name.toLocaleLowerCase(locale).includes(needle) || a.industry.toLocaleLowerCase(locale).includes(needle)) &&
        (!query.classification || a.classification === query.classification) &&
        (!query.positioning || a.positioning === query.positioning) &&
        (!query.stage || a.stage === query.stage) &&
        (!query.due || DUE[query.due](cadence(a))) &&
        (!query.lastContact || CONTACT[query.lastContact](daysSinceContact(a)))
    )
    .sort(compare[query.sort])
}

function noFacts(): AccountFacts {
  return { visits: new Map(), lastActivity: new Map(), now: Date.now() }
}

function memo<R>(compute: (a: Account) => R): (a: Account) => R {
  const cache = new Map<string, R>()
  return (a) => {
    if (!cache.has(a.id)) cache.set(a.id, compute(a))
    return cache.get(a.id) as R
  }
}

import type { Account } from '../schemas/account'
import { CLASSIFICATIONS, PIPELINE_STAGES, type Classification, type PipelineStage, type Positioning } from '../schemas/enums'

export type AccountSort = 'updated' | 'name' | 'stage' | 'classification'

export interface AccountListQuery {
  text: string
  classification: Classification | null
  positioning: Positioning | null
  stage: PipelineStage | null
  sort: AccountSort
}

export const defaultAccountListQuery = (): AccountListQuery => ({
  text: '',
  classification: null,
  positioning: null,
  stage: null,
  sort: 'updated'
})

export const isFiltered = (q: AccountListQuery) => q.text.trim() !== '' || q.classification !== null || q.positioning !== null || q.stage !== null

/** Filters and sorts the account list; the name filter is a case-insensitive substring match (works for Chinese). */
export function queryAccounts(accounts: readonly Account[], query: AccountListQuery, locale: string): Account[] {
  const needle = query.text.trim().toLocaleLowerCase(locale)
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const byName = (a: Account, b: Account) => collator.compare(a.name, b.name)
  const compare: Record<AccountSort, (a: Account, b: Account) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt,
    name: byName,
    // Furthest along the pipeline first: those are the accounts closest to money.
    stage: (a, b) => PIPELINE_STAGES.indexOf(b.stage) - PIPELINE_STAGES.indexOf(a.stage) || byName(a, b),
    classification: (a, b) => CLASSIFICATIONS.indexOf(a.classification) - CLASSIFICATIONS.indexOf(b.classification) || byName(a, b)
  }
  return accounts
    .filter(
      (a) =>
        (!needle || a.name.toLocaleLowerCase(locale).includes(needle) || a.industry.toLocaleLowerCase(locale).includes(needle)) &&
        (!query.classification || a.classification === query.classification) &&
        (!query.positioning || a.positioning === query.positioning) &&
        (!query.stage || a.stage === query.stage)
    )
    .sort(compare[query.sort])
}

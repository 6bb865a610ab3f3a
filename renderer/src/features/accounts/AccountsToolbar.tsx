import { memo, type RefObject } from 'react'
import {
  ACCOUNT_SORTS,
  CONTACT_FILTERS,
  DUE_FILTERS,
  defaultAccountListQuery,
  isFiltered,
  type AccountListQuery,
  type AccountSort,
  type ContactFilter,
  type DueFilter
} from '#shared/domain/accountList'
import type { MessageKey } from '#shared/i18n/translate'
import { Classification, PipelineStage, Positioning } from '#shared/schemas/enums'
import { useI18n } from '#i18n'
import { Button, Icons, SelectField, TextField } from '#ui'
import { CLASSIFICATION_TABLE, PIPELINE_STAGE_TABLE, POSITIONING_TABLE } from '#shared/domain/values/accountAssessments'
import { optionsOf } from './options'

const SORT_LABEL: Record<AccountSort, MessageKey> = {
  activity: 'accounts.sort.activity',
  due: 'accounts.sort.due',
  lastContact: 'accounts.sort.lastContact',
  name: 'accounts.sort.name',
  stage: 'accounts.sort.stage',
  classification: 'accounts.sort.classification'
}
const DUE_LABEL: Record<DueFilter, MessageKey> = {
  overdue: 'accounts.filter.due.overdue',
  thisWeek: 'accounts.filter.due.thisWeek',
  noVisits: 'accounts.filter.due.noVisits'
}
const CONTACT_LABEL: Record<ContactFilter, MessageKey> = {
  withinWeek: 'accounts.filter.lastContact.withinWeek',
  withinMonth: 'accounts.filter.lastContact.withinMonth',
  overMonth: 'accounts.filter.lastContact.overMonth',
  never: 'accounts.filter.lastContact.never'
}

const pick = <T extends string>(codes: readonly T[], value: string): T | null => codes.find((c) => c === value) ?? null

/** Memoised: the list's live queries arriving one after another re-render the screen, not the toolbar. */
export const AccountsToolbar = memo(function AccountsToolbar({
  query,
  onChange,
  filterRef
}: {
  query: AccountListQuery
  onChange(query: AccountListQuery): void
  filterRef: RefObject<HTMLInputElement | null>
}) {
  const { t } = useI18n()
  const set = (patch: Partial<AccountListQuery>) => onChange({ ...query, ...patch })
  const all = t('common.all')
  return (
    <div className="toolbar" role="search">
      <div className="toolbar__search">
        <TextField
          ref={filterRef}
          label={t('accounts.search')}
          hideLabel
          placeholder={t('accounts.search')}
          value={query.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => e.key === 'Escape' && set({ text: '' })}
          icon={<Icons.Search />}
          type="search"
        />
      </div>
      <SelectField
        label={t('accounts.filter.classification')}
        inline
        value={query.classification ?? ''}
        placeholder={all}
        options={optionsOf(t, CLASSIFICATION_TABLE)}
        onChange={(e) => set({ classification: Classification.safeParse(e.target.value).data ?? null })}
      />
      <SelectField
        label={t('accounts.filter.positioning')}
        inline
        value={query.positioning ?? ''}
        placeholder={all}
        options={optionsOf(t, POSITIONING_TABLE)}
        onChange={(e) => set({ positioning: Positioning.safeParse(e.target.value).data ?? null })}
      />
      <SelectField
        label={t('accounts.filter.stage')}
        inline
        value={query.stage ?? ''}
        placeholder={all}
        options={optionsOf(t, PIPELINE_STAGE_TABLE)}
        onChange={(e) => set({ stage: PipelineStage.safeParse(e.target.value).data ?? null })}
      />
      <SelectField
        label={t('accounts.filter.due')}
        inline
        value={query.due ?? ''}
        placeholder={all}
        options={DUE_FILTERS.map((value) => ({ value, label: t(DUE_LABEL[value]) }))}
        onChange={(e) => set({ due: pick(DUE_FILTERS, e.target.value) })}
      />
      <SelectField
        label={t('accounts.filter.lastContact')}
        inline
        value={query.lastContact ?? ''}
        placeholder={all}
        options={CONTACT_FILTERS.map((value) => ({ value, label: t(CONTACT_LABEL[value]) }))}
        onChange={(e) => set({ lastContact: pick(CONTACT_FILTERS, e.target.value) })}
      />
      <SelectField
        label={t('accounts.sort')}
        inline
        value={query.sort}
        options={ACCOUNT_SORTS.map((value) => ({ value, label: t(SORT_LABEL[value]) }))}
        onChange={(e) => set({ sort: pick(ACCOUNT_SORTS, e.target.value) ?? 'activity' })}
      />
      {isFiltered(query) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ ...defaultAccountListQuery(), sort: query.sort })}>
          {t('accounts.filter.clear')}
        </Button>
      )}
    </div>
  )
})

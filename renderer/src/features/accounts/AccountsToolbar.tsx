import { memo, type RefObject } from 'react'
import type { AccountListQuery, AccountSort } from '#shared/domain/accountList'
import { Classification, PipelineStage, Positioning } from '#shared/schemas/enums'
import { useI18n } from '#i18n'
import { Button, Icons, SelectField, TextField } from '#ui'
import { isFiltered, defaultAccountListQuery } from '#shared/domain/accountList'
import { CLASSIFICATION_TABLE, PIPELINE_STAGE_TABLE, POSITIONING_TABLE } from '#shared/domain/values/accountAssessments'
import { optionsOf } from './options'

const SORTS: AccountSort[] = ['updated', 'name', 'stage', 'classification']

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
        label={t('accounts.sort')}
        inline
        value={query.sort}
        options={SORTS.map((value) => ({ value, label: t(`accounts.sort.${value}`) }))}
        onChange={(e) => set({ sort: SORTS.find((s) => s === e.target.value) ?? 'updated' })}
      />
      {isFiltered(query) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ ...defaultAccountListQuery(), sort: query.sort })}>
          {t('accounts.filter.clear')}
        </Button>
      )}
    </div>
  )
})

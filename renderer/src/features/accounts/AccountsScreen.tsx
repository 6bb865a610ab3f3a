import { useEffect, useMemo, useRef, useState } from 'react'
import { defaultAccountListQuery, isFiltered, queryAccounts, type AccountListQuery } from '../../../../shared/domain/accountList'
import { useAccounts, useCoverageWarningCounts, useVisitDatesByAccount } from '../../data'
import { useI18n } from '../../app/i18n'
import { useNavigation } from '../../app/navigation'
import { Button, EmptyState, Icons, Kbd, Spinner } from '../../ui'
import { preloadAccountTabsWhenIdle } from './accountTabs'
import { AccountsTable } from './AccountsTable'
import { AccountsToolbar } from './AccountsToolbar'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'
import { useDeleteAccount } from './useDeleteAccount'

export function AccountsScreen({ findRequest }: { findRequest: number }) {
  const { t, language } = useI18n()
  const { navigate } = useNavigation()
  const data = useAccounts()
  const visitDates = useVisitDatesByAccount()
  const coverageGaps = useCoverageWarningCounts()
  const [query, setQuery] = useState<AccountListQuery>(defaultAccountListQuery)
  const filterRef = useRef<HTMLInputElement>(null)
  const { requestDelete, dialog } = useDeleteAccount()

  useEffect(() => {
    if (findRequest > 0) filterRef.current?.focus()
  }, [findRequest])

  // Opening or creating an account shows the overview form first: have its (small) chunk ready. Only
  // a while after the list is there, so the fetch never competes with the list's first frames.
  const listShown = data !== undefined
  useEffect(() => (listShown ? preloadAccountTabsWhenIdle(['overview'], { afterMs: 1000 }) : undefined), [listShown])

  const visible = useMemo(() => (data ? queryAccounts(data.items, query, language) : []), [data, query, language])

  if (!data) return <Spinner />

  const newButton = (
    <Button variant="primary" icon={<Icons.Plus />} onClick={() => navigate({ name: 'newAccount' })} title={t('shortcut.newAccount')}>
      {t('accounts.new')}
    </Button>
  )

  if (data.items.length === 0) {
    return (
      <div className="page">
        <InvalidRecordsBanner invalid={data.invalid} />
        <EmptyState
          icon={<Icons.Building />}
          title={t('accounts.empty.title')}
          body={t('accounts.empty.body')}
          action={
            <Button variant="primary" icon={<Icons.Plus />} onClick={() => navigate({ name: 'newAccount' })}>
              {t('accounts.empty.action')}
            </Button>
          }
        />
      </div>
    )
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('accounts.title')}</h1>
          <p className="page-subtitle">{t('accounts.count', { count: data.items.length })}</p>
        </div>
        <div className="ui-row">
          <Kbd>Ctrl N</Kbd>
          {newButton}
        </div>
      </header>
      <InvalidRecordsBanner invalid={data.invalid} />
      <AccountsToolbar query={query} onChange={setQuery} filterRef={filterRef} />
      {visible.length === 0 ? (
        <EmptyState
          icon={<Icons.Search />}
          title={t('accounts.noMatch.title')}
          body={t('accounts.noMatch.body')}
          action={
            isFiltered(query) && (
              <Button onClick={() => setQuery({ ...defaultAccountListQuery(), sort: query.sort })}>{t('accounts.filter.clear')}</Button>
            )
          }
        />
      ) : (
        <AccountsTable accounts={visible} visitDates={visitDates ?? new Map()} coverageGaps={coverageGaps} onOpen={(id) => navigate({ name: 'account', id })} onDelete={requestDelete} />
      )}
      {dialog}
    </div>
  )
}

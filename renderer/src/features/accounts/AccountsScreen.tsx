import type { VisitLike } from '#shared/domain/cadence'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { defaultAccountListQuery, isFiltered, needsVisits, queryAccounts, type AccountListQuery } from '#shared/domain/accountList'
import { useAccountListFacts, useAccounts, type Account } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import { Button, EmptyState, Icons, Kbd, Spinner } from '#ui'
import { useImportAccountFile } from '#features/share'
import { preloadAccountTabsWhenIdle } from './accountTabs'
import { AccountsTable } from './AccountsTable'
import { SyncBadge } from '#features/team'
import { AccountsToolbar } from './AccountsToolbar'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'
import { useDeleteAccount } from './useDeleteAccount'
import { CLOCK_MS, useClock } from './useClock'

/** Until the visits are read, every account shows "no visits" rather than a new empty map per render. */
const NO_VISIT_DATES: ReadonlyMap<string, readonly VisitLike[]> = new Map()
const NO_ACTIVITY: ReadonlyMap<string, number> = new Map()


const compactSyncBadge = (accountId: string) => <SyncBadge accountId={accountId} compact />

export function AccountsScreen({ findRequest }: { findRequest: number }) {
  const { t, language } = useI18n()
  const { navigate } = useNavigation()
  const data = useAccounts()
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

  const openAccount = useCallback((id: string) => navigate({ name: 'account', id }), [navigate])

  const importAccount = useImportAccountFile()

  if (!data) return <Spinner />

  const importButton = (
    <Button icon={<Icons.FileText />} onClick={importAccount.start}>
      {t('share.importAction')}
    </Button>
  )

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
          headingLevel={1}
          title={t('accounts.empty.title')}
          body={t('accounts.empty.body')}
          action={
            <div className="ui-row">
              <Button variant="primary" icon={<Icons.Plus />} onClick={() => navigate({ name: 'newAccount' })}>
                {t('accounts.empty.action')}
              </Button>
              {importButton}
            </div>
          }
        />
        {importAccount.element}
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
          {importButton}
          <Kbd>Ctrl N</Kbd>
          {newButton}
        </div>
      </header>
      {importAccount.element}
      <InvalidRecordsBanner invalid={data.invalid} />
      <AccountsToolbar query={query} onChange={setQuery} filterRef={filterRef} />
      <AccountsList
        accounts={data.items}
        query={query}
        language={language}
        onOpen={openAccount}
        onDelete={requestDelete}
        noMatch={
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
        }
      />
      {dialog}
    </div>
  )
}

/**
 * The table with its derived columns, filtered and sorted here. Their live query (the per-account
 * summaries: visit dates, last activity, coverage) starts once the list itself is there and, when they arrive, render only this part again (and in
 * the table only the rows whose figures changed): the accounts are never held up by them, and the screen's
 * header and toolbar are not drawn again. A query that filters or sorts by visits waits for them rather
 * than showing every account as never visited. It stays mounted while a filter matches nothing, so the
 * figures are kept.
 */
function AccountsList({
  accounts,
  query,
  language,
  noMatch,
  onOpen,
  onDelete
}: {
  accounts: readonly Account[]
  query: AccountListQuery
  language: string
  noMatch: ReactNode
  onOpen(id: string): void
  onDelete(account: Account): void
}) {
  const facts = useAccountListFacts()
  const now = useClock(CLOCK_MS)
  const visits = facts?.visits ?? NO_VISIT_DATES
  const activity = facts?.lastActivity ?? NO_ACTIVITY
  const visible = useMemo(() => queryAccounts(accounts, query, language, { visits, lastActivity: activity, now }), [accounts, query, language, visits, activity, now])
  if (facts === undefined && needsVisits(query)) return <Spinner />
  if (visible.length === 0) return noMatch
  return <AccountsTable accounts={visible} visitDates={visits} lastActivity={activity} now={now} coverageGaps={facts?.coverageWarnings} onOpen={onOpen} onDelete={onDelete} syncBadge={compactSyncBadge} />
}

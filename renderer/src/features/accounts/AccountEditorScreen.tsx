import { Suspense, useEffect, type ReactNode } from 'react'
import { useAccount, type Account } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import { Button, EmptyState, Icons, Spinner } from '#ui'
import { LazyFallback } from '#ui/LazyFallback'
import type { AccountTab } from '#app/useHashRoute'
import { AccountEditor, BriefScreen, DossierScreen, StakeholdersScreen, VisitsScreen, preloadAccountTab, preloadAccountTabsWhenIdle } from './accountTabs'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'

/** `accountId` null: a new account. Otherwise the stored account, loaded live and validated. */
export function AccountEditorScreen({ accountId, tab = 'overview' }: { accountId: string | null; tab?: AccountTab }) {
  if (accountId === null) {
    return (
      <TabSuspense>
        <AccountEditor account={null} />
      </TabSuspense>
    )
  }
  return <ExistingAccount id={accountId} tab={tab} />
}

/** Each tab's code loads on first use; until it arrives, a calm spinner (only if it takes a moment). */
function TabSuspense({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return <Suspense fallback={<LazyFallback label={t('common.loading')} />}>{children}</Suspense>
}

function ExistingAccount({ id, tab }: { id: string; tab: AccountTab }) {
  const { t } = useI18n()
  const { navigate } = useNavigation()
  const lookup = useAccount(id)
  // Fetch this tab's code while the account is still being read, not after; once it is in, fetch the
  // other tabs' code in idle moments so switching tabs stays instant.
  useEffect(() => {
    let cancel: (() => void) | undefined
    let done = false
    void preloadAccountTab(tab).then(() => {
      if (!done) cancel = preloadAccountTabsWhenIdle()
    })
    return () => {
      done = true
      cancel?.()
    }
  }, [tab])
  if (!lookup) return <Spinner />
  if (lookup.invalid) return <div className="page"><InvalidRecordsBanner invalid={[lookup.invalid]} /></div>
  if (!lookup.account) {
    return (
      <div className="page">
        <EmptyState
          icon={<Icons.Building />}
          title={t('accounts.notFound')}
          action={<Button onClick={() => navigate({ name: 'accounts' }, { force: true })}>{t('common.back')}</Button>}
        />
      </div>
    )
  }
  return <TabSuspense>{tabScreen(tab, lookup.account)}</TabSuspense>
}

function tabScreen(tab: AccountTab, account: Account): ReactNode {
  switch (tab) {
    case 'overview':
      return <AccountEditor account={account} />
    case 'dossier':
      return <DossierScreen account={account} />
    case 'stakeholders':
      return <StakeholdersScreen account={account} />
    case 'visits':
      return <VisitsScreen account={account} />
    case 'brief':
      return <BriefScreen account={account} />
  }
}

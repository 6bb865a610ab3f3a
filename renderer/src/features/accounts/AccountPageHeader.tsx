import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { Account } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import { useRevealRecord, type RevealKind } from '#app/reveal'
import { ACCOUNT_TABS, routeHref, type AccountTab } from '#app/useHashRoute'
import { Icons } from '#ui'
import { SyncBadge, SyncReadOnlyBanner, SyncRebuiltBanner } from '#features/team'
import { preloadAccountTab } from './accountTabs'
import { ClassificationBadge } from './ClassificationBadge'
import './AccountPageHeader.css'

const TAB_LABEL = {
  overview: 'account.tab.overview',
  dossier: 'nav.dossier',
  stakeholders: 'nav.stakeholders',
  visits: 'nav.visits',
  brief: 'nav.brief'
} as const

const REVEALS: readonly RevealKind[] = ['account']

/**
 * The header every account screen shares: back to the list, the account's name and class, the screen's
 * own actions, and the tabs. `account` null is the new-account form (no tabs yet).
 */
export function AccountPageHeader({ account, tab, actions }: { account: Account | null; tab: AccountTab; actions?: ReactNode }) {
  const { t, formatDate } = useI18n()
  const { navigate } = useNavigation()
  const heading = useRef<HTMLHeadingElement>(null)
  const hasTabs = account !== null
  // Each tab renders its own header, so switching tabs mounts a new one while focus has dropped to the
  // page (the link that was pressed is gone): the heading takes it, and the next Tab goes on from the top.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (hasTabs && lost) heading.current?.focus({ preventScroll: true })
  }, [hasTabs])
  // A search hit on the account itself: its overview, with focus on the name.
  const revealed = useMemo(() => (account ? [account] : null), [account])
  useRevealRecord(REVEALS, account?.id ?? '', revealed, () => heading.current?.focus())
  return (
    <header className="page-header page-header--sticky account-header">
      <div className="account-header__top">
        <div className="ui-stack ui-stack--tight account-header__identity">
          <button type="button" className="back-link" onClick={() => navigate({ name: 'accounts' })}>
            <Icons.ChevronLeft /> {t('nav.accounts')}
          </button>
          <h1 className="page-title" id="account-title" tabIndex={-1} ref={heading} data-tab={tab}>
            {account ? account.name : t('account.new.title')}
          </h1>
          {account && (
            <div className="ui-row account-header__meta">
              <ClassificationBadge value={account.classification} />
              <SyncBadge accountId={account.id} />
              <span className="ui-muted">{t('account.updatedAt', { date: formatDate(account.updatedAt) })}</span>
            </div>
          )}
        </div>
        {actions && <div className="ui-row account-header__actions">{actions}</div>}
      </div>
      {account && <SyncReadOnlyBanner accountId={account.id} />}
      {account && <SyncRebuiltBanner accountId={account.id} />}
      {account && (
        <nav className="account-tabs" aria-label={t('account.tabs')}>
          {ACCOUNT_TABS.map((id) => (
            <a
              key={id}
              href={routeHref({ name: 'account', id: account.id, tab: id })}
              className={id === tab ? 'account-tabs__tab is-active' : 'account-tabs__tab'}
              aria-current={id === tab ? 'page' : undefined}
              onPointerEnter={() => void preloadAccountTab(id)}
              onFocus={() => void preloadAccountTab(id)}
              onClick={(e) => {
                e.preventDefault()
                navigate({ name: 'account', id: account.id, tab: id })
              }}
            >
              {t(TAB_LABEL[id])}
            </a>
          ))}
        </nav>
      )}
    </header>
  )
}

import { useAccount } from '../../data'
import { useI18n } from '../../app/i18n'
import { useNavigation } from '../../app/navigation'
import { Button, EmptyState, Icons, Spinner } from '../../ui'
import { AccountEditor } from './AccountEditor'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'

/** `accountId` null: a new account. Otherwise the stored account, loaded live and validated. */
export function AccountEditorScreen({ accountId }: { accountId: string | null }) {
  if (accountId === null) return <AccountEditor account={null} />
  return <ExistingAccount id={accountId} />
}

function ExistingAccount({ id }: { id: string }) {
  const { t } = useI18n()
  const { navigate } = useNavigation()
  const lookup = useAccount(id)
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
  return <AccountEditor account={lookup.account} />
}

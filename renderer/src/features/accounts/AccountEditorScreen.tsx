import { useAccount } from '../../data'
import { useI18n } from '../../app/i18n'
import { useNavigation } from '../../app/navigation'
import { Button, EmptyState, Icons, Spinner } from '../../ui'
import type { AccountTab } from '../../app/useHashRoute'
import { BriefScreen } from '../brief/BriefScreen'
import { DossierScreen } from '../dossier/DossierScreen'
import { StakeholdersScreen } from '../stakeholders/StakeholdersScreen'
import { VisitsScreen } from '../visits/VisitsScreen'
import { AccountEditor } from './AccountEditor'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'

/** `accountId` null: a new account. Otherwise the stored account, loaded live and validated. */
export function AccountEditorScreen({ accountId, tab = 'overview' }: { accountId: string | null; tab?: AccountTab }) {
  if (accountId === null) return <AccountEditor account={null} />
  return <ExistingAccount id={accountId} tab={tab} />
}

function ExistingAccount({ id, tab }: { id: string; tab: AccountTab }) {
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
  switch (tab) {
    case 'overview':
      return <AccountEditor account={lookup.account} />
    case 'dossier':
      return <DossierScreen account={lookup.account} />
    case 'stakeholders':
      return <StakeholdersScreen account={lookup.account} />
    case 'visits':
      return <VisitsScreen account={lookup.account} />
    case 'brief':
      return <BriefScreen account={lookup.account} />
  }
}

import type { Account } from '../../data'
import { useI18n } from '../../app/i18n'
import { AccountPageHeader } from '../accounts/AccountPageHeader'
import { EmptyState, Icons } from '../../ui'

export function StakeholdersScreen({ account }: { account: Account }) {
  const { t } = useI18n()
  return (
    <div className="page">
      <AccountPageHeader account={account} tab="stakeholders" />
      <EmptyState icon={<Icons.Users />} title={t('stakeholders.title')} body={t('nav.comingSoon')} />
    </div>
  )
}

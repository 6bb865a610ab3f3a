import type { Account } from '../../data'
import { useI18n } from '../../app/i18n'
import { AccountPageHeader } from '../accounts/AccountPageHeader'
import { EmptyState, Icons } from '../../ui'

export function BriefScreen({ account }: { account: Account }) {
  const { t } = useI18n()
  return (
    <div className="page">
      <AccountPageHeader account={account} tab="brief" />
      <EmptyState icon={<Icons.FileText />} title={t('brief.title')} body={t('nav.comingSoon')} />
    </div>
  )
}

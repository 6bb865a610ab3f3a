import { useAccountSync } from '#data'
import { useI18n } from '#i18n'
import { Icons } from '#ui'
import './team.css'

const TEXT = {
  newerClient: { title: 'team.readOnly.newerClient.title', body: 'team.readOnly.newerClient.body' },
  removed: { title: 'team.readOnly.removed.title', body: 'team.readOnly.removed.body' }
} as const

/**
 * Says, on every screen of a shared account this copy may only read, why and what to do (docs/sync.md):
 * a colleague's newer version wrote it, or the rep was removed from it. Nothing for any other account.
 */
export function SyncReadOnlyBanner({ accountId }: { accountId: string }) {
  const { t } = useI18n()
  const reason = useAccountSync(accountId)?.readOnly
  if (!reason) return null
  return (
    <div className="banner banner--warning team-read-only" role="status" data-testid="sync-read-only" data-reason={reason}>
      <Icons.Alert />
      <div className="ui-stack ui-stack--tight">
        <strong>{t(TEXT[reason].title)}</strong>
        <span>{t(TEXT[reason].body)}</span>
      </div>
    </div>
  )
}

import { useAccountSync, useTeamSync } from '#data'
import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'
import './team.css'

/**
 * Says, on a shared account whose local sync copy was damaged and rebuilt from the team server
 * (docs/sync.md, "Failure cases"), that changes not yet sent since the last sync could not be recovered,
 * until the rep dismisses it.
 */
export function SyncRebuiltBanner({ accountId }: { accountId: string }) {
  const { t, formatDate } = useI18n()
  const rebuilt = useAccountSync(accountId)?.rebuilt
  const { dismissRebuilt } = useTeamSync()
  if (!rebuilt) return null
  return (
    <div className="banner banner--warning team-read-only" role="status" data-testid="sync-rebuilt">
      <Icons.Alert />
      <div className="ui-stack ui-stack--tight">
        <strong>{t('team.rebuilt.title')}</strong>
        <span>{rebuilt.lostSince === null ? t('team.rebuilt.bodyNeverSynced') : t('team.rebuilt.body', { date: formatDate(rebuilt.lostSince) })}</span>
      </div>
      <Button size="sm" className="team-rebuilt__dismiss" onClick={() => dismissRebuilt(accountId)}>
        {t('team.rebuilt.dismiss')}
      </Button>
    </div>
  )
}

import { useState } from 'react'
import { useAccountSyncMode } from '#data'
import { useCommandCenter } from '#app/useSaveShortcut'
import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'
import { requestTeamSettingsFocus } from './openTeamSettings'
import { TeamShareDialog } from './TeamShareDialog'

/** The account header's "Share with team" button and its dialog; none for a removed member's read-only copy. */
export function TeamShareAction({ account }: { account: { id: string; name: string } }) {
  const { t } = useI18n()
  const center = useCommandCenter()
  const [open, setOpen] = useState(false)
  const mode = useAccountSyncMode(account.id)
  const openSettings = center
    ? () => {
        requestTeamSettingsFocus()
        center.context().open('settings')
      }
    : undefined
  if (mode === 'removed') return null
  return (
    <>
      <Button icon={<Icons.Users />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('team.share.action')}
      </Button>
      {open && <TeamShareDialog account={account} onClose={() => setOpen(false)} onOpenSettings={openSettings} />}
    </>
  )
}

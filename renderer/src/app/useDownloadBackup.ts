import { useCallback } from 'react'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { useHost } from './host'
import { rememberBackupDownloaded } from './backupReminder'

/** Exports everything and saves it as a backup file (a download in the browser); true once saved. */
export function useDownloadBackup(): () => Promise<boolean> {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  return useCallback(async () => {
    const { text } = await backups.exportText()
    const date = new Date().toISOString().slice(0, 10)
    const result = await host.saveFile({
      suggestedName: `account-atlas-backup-${date}.json`,
      filters: [{ name: t('settings.backupFileType'), extensions: ['json'] }],
      data: text,
      encoding: 'utf8'
    })
    if (result.saved) rememberBackupDownloaded()
    return result.saved
  }, [backups, host, t])
}

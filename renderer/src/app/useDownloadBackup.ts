import { useCallback } from 'react'
import { useRepositories } from '#data'
import { useI18n, type Translate } from '#i18n'
import { useHost } from './host'
import { rememberBackupDownloaded } from './backupReminder'

/** The file-type filter of the save and open dialogs for backups. */
export const backupFileFilters = (t: Translate) => [{ name: t('settings.backupFileType'), extensions: ['json'] }]

/**
 * Exports everything and saves it as a backup file (a download in the browser): whether it was saved,
 * and how many stored rows were left out because they fail their schema.
 */
export function useDownloadBackup(): () => Promise<{ saved: boolean; skipped: number }> {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  return useCallback(async () => {
    const { text, skipped } = await backups.exportText()
    const date = new Date().toISOString().slice(0, 10)
    const result = await host.saveFile({ suggestedName: `account-atlas-backup-${date}.json`, filters: backupFileFilters(t), data: text, encoding: 'utf8' })
    if (result.saved) rememberBackupDownloaded()
    return { saved: result.saved, skipped }
  }, [backups, host, t])
}

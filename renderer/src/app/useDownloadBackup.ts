import { useCallback } from 'react'
import { BackupCancelledError, useRepositories, type BackupJobOptions } from '#data'
import { useI18n, type Translate } from '#i18n'
import { useHost } from './host'
import { rememberBackupDownloaded } from './backupReminder'

/** The file-type filter of the save dialog for backups: the zip the app writes. */
export const backupSaveFilters = (t: Translate) => [{ name: t('settings.backupFileType'), extensions: ['zip'] }]
/** The open dialog's filter: the zip, and the JSON files of earlier versions. */
export const backupFileFilters = (t: Translate) => [{ name: t('settings.backupFileType'), extensions: ['zip', 'json'] }]

/**
 * Exports everything and saves it as a backup file (a download in the browser): whether it was saved,
 * and how many stored rows were left out because they fail their schema.
 */
export function useDownloadBackup(): (options?: BackupJobOptions) => Promise<{ saved: boolean; skipped: number }> {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  return useCallback(
    async (options?: BackupJobOptions) => {
      const { bytes, skipped } = await backups.exportZip(options)
      // Cancel pressed as the zip was handed over: nothing is saved.
      if (options?.signal?.aborted) throw new BackupCancelledError()
      const date = new Date().toISOString().slice(0, 10)
      const result = await host.saveFile({ suggestedName: `account-atlas-backup-${date}.zip`, filters: backupSaveFilters(t), data: bytes, encoding: 'binary' })
      if (result.saved) rememberBackupDownloaded()
      return { saved: result.saved, skipped }
    },
    [backups, host, t]
  )
}

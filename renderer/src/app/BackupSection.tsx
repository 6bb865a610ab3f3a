import { errorMessage, useRepositories } from '#data'
import { Button, Icons, useToast } from '#ui'
import { useHost } from './host'
import { ErrorBanner, useBusyTask } from './useBusyTask'
import { useCommandAction } from './useSaveShortcut'
import { backupFileFilters, useDownloadBackup } from './useDownloadBackup'
import { isCancel, JobProgress, useJobProgress } from './restore/useJobProgress'
import { useRestoreFlow } from './restore/useRestoreFlow'
import { useI18n } from '#i18n'

/** Export everything to a backup file, and restore one: previewed, then merged or in place of what is here. */
export function BackupSection() {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const toast = useToast()
  const download = useDownloadBackup()
  const exporting = useJobProgress()
  const restoring = useRestoreFlow()
  const { busy, error, run } = useBusyTask()

  const exportAll = () =>
    run(
      async () => {
        try {
          const { saved, skipped } = await exporting.track((options) => download(options), true)
          if (saved) toast.show({ tone: 'success', message: skipped ? t('settings.exportedSkipped', { count: skipped }) : t('settings.exported') })
        } catch (e) {
          if (!isCancel(e)) throw e
          toast.show({ tone: 'info', message: t('restore.cancelled') })
        }
      },
      (e) => t('settings.export.failed', { message: errorMessage(t, e) })
    )

  const importFile = () =>
    run(
      async () => {
        const file = await host.openFile({ filters: backupFileFilters(t), as: 'bytes' })
        if (file) await restoring.begin((options) => backups.openRestore(file.bytes, options), t('restore.title'))
      },
      (e) => t('settings.import.failed', { message: errorMessage(t, e) })
    )

  // The palette's "Export a backup" / "Restore from a backup" open Settings and start here.
  useCommandAction('backup.export', () => void exportAll())
  useCommandAction('backup.import', () => void importFile())

  const working = busy || restoring.busy
  return (
    <div className="ui-stack">
      <p className="ui-muted">{t('settings.data.hint')}</p>
      <div className="ui-row">
        <Button icon={<Icons.FileText />} onClick={() => void exportAll()} disabled={working}>
          {t('settings.export')}
        </Button>
        <Button icon={<Icons.Undo />} onClick={() => void importFile()} disabled={working}>
          {t('settings.import')}
        </Button>
      </div>
      <JobProgress progress={exporting.progress} onCancel={exporting.cancel} />
      {restoring.element}
      <ErrorBanner message={error} />
    </div>
  )
}

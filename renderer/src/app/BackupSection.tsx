import { useState } from 'react'
import { parseBackup } from '#shared/domain/backup'
import { backupErrorText, backupRefusalText } from '#shared/domain/backupErrorText'
import { errorMessage, useRepositories } from '#data'
import { Button, ConfirmDialog, Icons, useToast } from '#ui'
import type { BackupFile } from '#shared/schemas/backup'
import { useHost } from './host'
import { snapshotBeforeRestore } from './snapshots'
import { ErrorBanner, useBusyTask } from './useBusyTask'
import { useCommandAction } from './useSaveShortcut'
import { backupFileFilters, useDownloadBackup } from './useDownloadBackup'
import { useI18n } from '#i18n'

/** Export everything to a backup file and import one back, merging record by record. */
export function BackupSection() {
  const { t, language } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const toast = useToast()
  const download = useDownloadBackup()
  const { busy, error, setError, run: runTask } = useBusyTask()
  // A backup that would replace stored records (with its newer copies) asks first: undo cannot bring them back.
  const [replacing, setReplacing] = useState<{ backup: BackupFile; count: number } | null>(null)

  const run = (work: () => Promise<void>, failed: 'settings.import.failed' | 'settings.export.failed' = 'settings.import.failed') =>
    runTask(work, (e) => t(failed, { message: errorMessage(t, e) }))

  const exportAll = () =>
    run(async () => {
      const { saved, skipped } = await download()
      if (saved) toast.show({ tone: 'success', message: skipped ? t('settings.exportedSkipped', { count: skipped }) : t('settings.exported') })
    }, 'settings.export.failed')

  const importFile = () =>
    run(async () => {
      const file = await host.openFile({ filters: backupFileFilters(t) })
      if (!file) return
      const parsed = parseBackup(file.text)
      if (!parsed.ok) {
        const { error: e } = parsed
        if (e.code === 'invalid') setError(backupErrorText(language, e.path, e.error))
        else if (e.code === 'problems') setError(backupRefusalText(language, e.problems))
        else setError(t(e.code === 'notJson' ? 'settings.import.notJson' : 'settings.import.notBackup'))
        return
      }
      const preview = await backups.previewAll(parsed.backup)
      if (preview.updated > 0) return setReplacing({ backup: parsed.backup, count: preview.updated })
      await importBackup(parsed.backup)
    })

  const importBackup = async (backup: BackupFile) => {
    await snapshotBeforeRestore(host, backups, t)
    const summary = await backups.importAll(backup)
    toast.show({ tone: 'success', message: t('settings.imported', { ...summary }) })
  }

  // The palette's "Export a backup" / "Restore from a backup" open Settings and start here.
  useCommandAction('backup.export', () => void exportAll())
  useCommandAction('backup.import', () => void importFile())

  return (
    <div className="ui-stack">
      <p className="ui-muted">{t('settings.data.hint')}</p>
      <div className="ui-row">
        <Button icon={<Icons.FileText />} onClick={() => void exportAll()} disabled={busy}>
          {t('settings.export')}
        </Button>
        <Button icon={<Icons.Undo />} onClick={() => void importFile()} disabled={busy}>
          {t('settings.import')}
        </Button>
      </div>
      <ConfirmDialog
        open={replacing !== null}
        tone="danger"
        title={t('undo.importConfirm.title')}
        body={t('undo.importConfirm.body', { count: replacing?.count ?? 0 })}
        confirmLabel={t('undo.importConfirm.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setReplacing(null)}
        onConfirm={() => {
          const pending = replacing
          setReplacing(null)
          if (pending) void run(() => importBackup(pending.backup))
        }}
      />
      <ErrorBanner message={error} />
    </div>
  )
}

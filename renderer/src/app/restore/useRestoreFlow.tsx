import { useState, type ReactNode } from 'react'
import { backupParseErrorText } from '#shared/domain/backupErrorText'
import { restoreLosses, type RestoreMode } from '#shared/domain/restorePreview'
import { useRepositories, type BackupJobOptions, type OpenRestore, type RestoreSession } from '#data'
import { useI18n } from '#i18n'
import { ConfirmDialog, useToast } from '#ui'
import { useHost } from '../host'
import { snapshotBeforeRestore, snapshotErrorText, snapshotsSupported } from '../snapshots'
import { ErrorBanner } from '../useBusyTask'
import { RestoreDialog } from './RestoreDialog'
import { isCancel, JobProgress, useJobProgress } from './useJobProgress'

type Pending = { session: RestoreSession; title: string }

/**
 * One restore, from a backup file or a snapshot: the file is read and checked with a progress bar (and
 * Cancel), its preview asks merge or replace (replace asks again when it would lose records), a snapshot
 * of what is here is taken first on the desktop, and the restore runs in one transaction with progress.
 */
export function useRestoreFlow(onFinished?: () => unknown): { busy: boolean; begin: (open: (options: BackupJobOptions) => Promise<OpenRestore>, title: string) => Promise<void>; element: ReactNode } {
  const { t, language } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const toast = useToast()
  const { progress, track, cancel } = useJobProgress()
  const [pending, setPending] = useState<Pending | null>(null)
  const [confirmReplace, setConfirmReplace] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      if (isCancel(e)) toast.show({ tone: 'info', message: t('restore.cancelled') })
      else setError(t('restore.failed', { message: snapshotErrorText(t, e) }))
    } finally {
      setBusy(false)
    }
  }

  const begin = (open: (options: BackupJobOptions) => Promise<OpenRestore>, title: string) =>
    guarded(async () => {
      const opened = await track(open, true)
      if (!opened.ok) return setError(backupParseErrorText(language, opened.error))
      setPending({ session: opened.session, title })
    })

  const close = () => {
    pending?.session.close()
    setPending(null)
    setConfirmReplace(false)
  }

  const restore = (mode: RestoreMode) => {
    const chosen = pending
    if (!chosen) return
    setPending(null)
    setConfirmReplace(false)
    void guarded(async () => {
      try {
        await snapshotBeforeRestore(host, backups, t)
        const summary = await track((options) => chosen.session.restore(mode, options), false)
        toast.show({ tone: 'success', message: t('restore.done', { ...summary }) })
      } finally {
        chosen.session.close()
        await onFinished?.()
      }
    })
  }

  const choose = (mode: RestoreMode) => {
    const losses = pending ? restoreLosses(pending.session.preview, mode) : { overwritten: 0, removed: 0 }
    if (mode === 'replace' && losses.overwritten + losses.removed > 0) setConfirmReplace(true)
    else restore(mode)
  }

  const losses = pending ? restoreLosses(pending.session.preview, 'replace') : { overwritten: 0, removed: 0 }
  const element = (
    <>
      <JobProgress progress={progress} onCancel={cancel} />
      <RestoreDialog preview={confirmReplace ? null : (pending?.session.preview ?? null)} title={pending?.title ?? ''} snapshotFirst={snapshotsSupported(host)} onChoose={choose} onCancel={close} />
      <ConfirmDialog
        open={confirmReplace}
        tone="danger"
        title={t('restore.replaceConfirm.title')}
        body={t('restore.replaceConfirm.body', losses)}
        confirmLabel={t('restore.replaceConfirm.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirmReplace(false)}
        onConfirm={() => restore('replace')}
      />
      <ErrorBanner message={error} />
    </>
  )
  return { busy: busy || pending !== null, begin, element }
}

import { useCallback, useEffect, useState } from 'react'
import { SNAPSHOT_KEEP, type ListSnapshotsResponse, type SnapshotInfo } from '#shared/ipc/contract'
import { errorMessage, useRepositories } from '#data'
import { useI18n, type Translate } from '#i18n'
import { Badge, Button, Icons, SelectField, useToast } from '#ui'
import { lastBackupDownloadAt } from './backupReminder'
import { useHost } from './host'
import { openSnapshot, snapshotErrorText, snapshotsSupported, takeSnapshot } from './snapshots'
import { useRestoreFlow } from './restore/useRestoreFlow'
import { ErrorBanner, useBusyTask } from './useBusyTask'
import { useDownloadBackup } from './useDownloadBackup'

const KEEP_CHOICES = [3, 7, 14, 30, 60]

/** Settings' snapshot list with restore and the keep count (desktop); a backup reminder in the browser edition. */
export function SnapshotsSection() {
  return snapshotsSupported(useHost()) ? <DesktopSnapshots /> : <BrowserBackupReminder />
}

function useDateText(): (at: number) => string {
  const { language } = useI18n()
  return useCallback((at) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at), [language])
}

function sizeText(t: Translate, bytes: number): string {
  if (bytes < 1024 * 1024) return t('snapshots.size.kb', { size: Math.max(1, Math.round(bytes / 1024)) })
  return t('snapshots.size.mb', { size: (bytes / (1024 * 1024)).toFixed(1) })
}

function DesktopSnapshots() {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const toast = useToast()
  const dateText = useDateText()
  const [state, setState] = useState<ListSnapshotsResponse | null>(null)
  const { busy, error, setError, run: runTask } = useBusyTask()

  const reload = useCallback(async () => {
    try {
      setState(await host.listSnapshots())
    } catch (e) {
      setError(t('snapshots.listFailed', { message: errorMessage(t, e) }))
    }
  }, [host, t, setError])

  useEffect(() => {
    void reload()
  }, [reload])
  // The list shows the before-restore snapshot once a restore is done (or failed).
  const restoring = useRestoreFlow(() => reload())

  const run = (work: () => Promise<void>) => runTask(work, (e) => t('snapshots.failed', { message: snapshotErrorText(t, e) }), reload)

  const takeNow = () =>
    run(async () => {
      const info = await takeSnapshot(host, backups, 'manual')
      toast.show({ tone: info ? 'success' : 'info', message: t(info ? 'snapshots.taken' : 'snapshots.nothingToKeep') })
    })

  const askRestore = (snapshot: SnapshotInfo) =>
    restoring.begin((options) => openSnapshot(host, backups, snapshot.name, options), t('restore.snapshotTitle', { date: dateText(snapshot.createdAt) }))

  const setKeep = (raw: string) => {
    const keep = Number(raw)
    void host.setSnapshotKeep({ keep }).then(reload, (e: unknown) => setError(t('snapshots.failed', { message: errorMessage(t, e) })))
  }

  const keep = state?.keep ?? SNAPSHOT_KEEP.default
  const keepChoices = [...new Set([...KEEP_CHOICES, keep])].sort((a, b) => a - b)

  return (
    <div className="ui-stack" data-testid="snapshots">
      <span className="app-setting__label">{t('snapshots.title')}</span>
      <p className="ui-muted">{t('snapshots.hint')}</p>
      <div className="ui-row">
        <SelectField
          label={t('snapshots.keep')}
          hint={t('snapshots.keep.hint')}
          value={String(keep)}
          disabled={!state}
          options={keepChoices.map((count) => ({ value: String(count), label: t('snapshots.keep.option', { count }) }))}
          onValueChange={setKeep}
        />
        <Button icon={<Icons.FileText />} onClick={() => void takeNow()} disabled={busy || restoring.busy}>
          {t('snapshots.takeNow')}
        </Button>
      </div>
      {!state && !error && <p className="ui-muted">{t('snapshots.loading')}</p>}
      {state && state.snapshots.length === 0 && <p className="ui-muted">{t('snapshots.empty')}</p>}
      {state && state.snapshots.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('snapshots.column.date')}</th>
              <th scope="col">{t('snapshots.column.reason')}</th>
              <th scope="col">{t('snapshots.column.size')}</th>
              <th scope="col">{t('snapshots.column.status')}</th>
              <th scope="col">{t('snapshots.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.snapshots.map((snapshot) => (
              <tr key={snapshot.name}>
                <td>{dateText(snapshot.createdAt)}</td>
                <td>{t(`snapshots.reason.${snapshot.reason}`)}</td>
                <td>{sizeText(t, snapshot.bytes)}</td>
                <td>
                  {snapshot.verified ? <Badge tone="success">{t('snapshots.verified')}</Badge> : <Badge tone="danger">{t('snapshots.damaged')}</Badge>}
                </td>
                <td>
                  <Button
                    size="sm"
                    disabled={busy || restoring.busy || !snapshot.verified}
                    aria-label={t('snapshots.restoreLabel', { date: dateText(snapshot.createdAt) })}
                    onClick={() => void askRestore(snapshot)}
                  >
                    {t('snapshots.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring.element}
      <ErrorBanner message={error} />
    </div>
  )
}

function BrowserBackupReminder() {
  const { t } = useI18n()
  const toast = useToast()
  const dateText = useDateText()
  const download = useDownloadBackup()
  const [last, setLast] = useState(lastBackupDownloadAt)
  const { busy, error, run } = useBusyTask()

  const downloadNow = () =>
    run(
      async () => {
        if ((await download()).saved) toast.show({ tone: 'success', message: t('snapshots.browser.downloaded') })
        setLast(lastBackupDownloadAt())
      },
      (e) => t('snapshots.browser.downloadFailed', { message: errorMessage(t, e) })
    )

  return (
    <div className="ui-stack" data-testid="backup-reminder">
      <span className="app-setting__label">{t('snapshots.browser.title')}</span>
      <p className="ui-muted">{t('snapshots.browser.hint')}</p>
      <p>{last ? t('snapshots.browser.last', { date: dateText(last) }) : t('snapshots.browser.never')}</p>
      <div className="ui-row">
        <Button icon={<Icons.FileText />} onClick={() => void downloadNow()} disabled={busy}>
          {t('snapshots.browser.download')}
        </Button>
      </div>
      <ErrorBanner message={error} />
    </div>
  )
}

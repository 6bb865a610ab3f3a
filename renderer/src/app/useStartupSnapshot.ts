import { useEffect, useRef } from 'react'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { createLogger } from '#shared/log'
import { useToast } from '#ui'
import { takeBackupReminder } from './backupReminder'
import { useHost } from './host'
import { snapshotsSupported, takeDailySnapshotIfDue } from './snapshots'
import { useDownloadBackup } from './useDownloadBackup'

const log = createLogger('snapshots')

/** Start-up settles first: the first screen's reads, the integrity scan and the search index go ahead. */
const START_DELAY_MS = 8000
const IDLE_TIMEOUT_MS = 5000

function whenSettled(work: () => void): () => void {
  let idle: number | null = null
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS })
    else work()
  }, START_DELAY_MS)
  return () => {
    clearTimeout(timer)
    if (idle !== null) cancelIdleCallback(idle)
  }
}

/**
 * Once per app start: the desktop app takes the daily snapshot in the background when it is due; the
 * browser edition, which has none, reminds the rep at most weekly to download a backup.
 */
export function useStartupSnapshot(): void {
  const { t } = useI18n()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const toast = useToast()
  const download = useDownloadBackup()
  // The latest callbacks, without restarting the timer when the language changes.
  const latest = useRef({ t, toast, download })
  useEffect(() => {
    latest.current = { t, toast, download }
  })

  useEffect(
    () =>
      whenSettled(() => {
        const { t: tr, toast: toasts, download: downloadNow } = latest.current
        if (snapshotsSupported(host)) {
          takeDailySnapshotIfDue(host, backups).catch((error: unknown) => {
            log.error('daily snapshot failed', error)
            toasts.show({ tone: 'danger', message: tr('snapshots.dailyFailed'), durationMs: 10_000 })
          })
        } else if (takeBackupReminder()) {
          toasts.show({
            tone: 'info',
            message: tr('snapshots.browser.reminder'),
            durationMs: 15_000,
            action: { label: tr('snapshots.browser.download'), onClick: () => void downloadNow().catch((error: unknown) => log.error('backup download failed', error)) }
          })
        }
      }),
    [host, backups]
  )
}

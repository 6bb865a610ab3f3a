import { useCallback, useRef, useState } from 'react'
import { BackupCancelledError, type BackupJobOptions, type BackupPhase } from '#data'
import { useI18n } from '#i18n'
import { Button, ProgressBar } from '#ui'

type Progress = { phase: BackupPhase; fraction: number | null; cancellable: boolean }

/**
 * Progress of one long backup job (export, read, restore) for its bar, and its cancel: `track` hands
 * the job its progress callback and abort signal; a job that writes is not cancellable (all or nothing).
 */
export function useJobProgress() {
  const [progress, setProgress] = useState<Progress | null>(null)
  const controller = useRef<AbortController | null>(null)
  // Messages can arrive hundreds of times a second; the bar only needs a new width when it changes by a step.
  const last = useRef({ phase: '', percent: -1 })

  const track = useCallback(async <T,>(work: (options: BackupJobOptions) => Promise<T>, cancellable: boolean): Promise<T> => {
    const abort = new AbortController()
    controller.current = abort
    last.current = { phase: '', percent: -1 }
    setProgress({ phase: cancellable ? 'reading' : 'writing', fraction: null, cancellable })
    try {
      return await work({
        signal: abort.signal,
        onProgress: (phase, done, total) => {
          const fraction = total > 0 ? done / total : null
          const percent = fraction === null ? -1 : Math.floor(fraction * 100)
          if (phase === last.current.phase && percent === last.current.percent) return
          last.current = { phase, percent }
          setProgress({ phase, fraction, cancellable: cancellable && phase !== 'writing' })
        }
      })
    } finally {
      controller.current = null
      setProgress(null)
    }
  }, [])

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { progress, track, cancel }
}

export const isCancel = (error: unknown) => error instanceof BackupCancelledError

/** The bar of a running backup job, with Cancel while nothing has been written. */
export function JobProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const { t } = useI18n()
  if (!progress) return null
  const { phase, fraction, cancellable } = progress
  return (
    <div className="backup-progress" data-testid="backup-progress">
      <ProgressBar value={fraction} label={t(`restore.phase.${phase}`)} valueText={fraction === null ? undefined : t('restore.progress', { percent: Math.floor(fraction * 100) })} />
      {cancellable ? (
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {t('restore.cancel')}
        </Button>
      ) : null}
    </div>
  )
}

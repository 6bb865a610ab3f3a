import { useEffect, useState } from 'react'
import type { SnapshotInfo } from '#shared/ipc/contract'
import { useDatabaseAccess, useRepositories } from '#data'
import { useI18n } from '#i18n'
import { Button, ConfirmDialog, Icons } from '#ui'
import { useHost } from './host'
import { goBackToLastSnapshot, newestVerifiedSnapshot, snapshotErrorText } from './snapshots'

/**
 * Shown across the app while the database is open read-only (a newer version of the app wrote it); it
 * points to Settings, where the data can still be exported as a backup, and on the desktop offers to go
 * back to the last snapshot (the newer data is kept as a snapshot first).
 */
export function ReadOnlyBanner({ onOpenSettings, reload = () => window.location.reload() }: { onOpenSettings: () => void; reload?: () => void }) {
  const { t, language } = useI18n()
  const access = useDatabaseAccess()
  const host = useHost()
  const { backup: backups } = useRepositories()
  const [snapshot, setSnapshot] = useState<SnapshotInfo | null>(null)
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!access.readOnly) return
    let live = true
    newestVerifiedSnapshot(host).then(
      (found) => live && setSnapshot(found),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [access.readOnly, host])

  if (!access.readOnly) return null
  const date = snapshot ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(snapshot.createdAt) : ''
  const goBack = async () => {
    if (!snapshot) return
    setBusy(true)
    setError(null)
    try {
      await goBackToLastSnapshot(host, backups, snapshot)
      reload()
    } catch (e) {
      setError(t('safety.readOnly.restoreFailed', { message: snapshotErrorText(t, e) }))
    } finally {
      setBusy(false)
      setAsking(false)
    }
  }
  return (
    <div className="banner banner--danger app-read-only" role="alert" data-testid="read-only-banner">
      <Icons.Alert />
      <div className="ui-stack">
        <strong>{t('safety.readOnly.title')}</strong>
        <span>{t('safety.readOnly.body')}</span>
        {error ? <span>{error}</span> : null}
        <div className="ui-row">
          <Button size="sm" onClick={onOpenSettings}>
            {t('safety.readOnly.openSettings')}
          </Button>
          {snapshot ? (
            <Button size="sm" onClick={() => setAsking(true)} disabled={busy}>
              {t('safety.readOnly.restoreLast')}
            </Button>
          ) : null}
        </div>
      </div>
      <ConfirmDialog
        open={asking}
        tone="danger"
        busy={busy}
        title={t('safety.readOnly.restoreConfirm.title', { date })}
        body={t('safety.readOnly.restoreConfirm.body', { date })}
        confirmLabel={t('safety.readOnly.restoreConfirm.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => void goBack()}
      />
    </div>
  )
}

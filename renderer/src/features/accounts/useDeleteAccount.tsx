import { useState } from 'react'
import type { Account } from '#data'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import { ConfirmDialog, useToast } from '#ui'
import { useUndo } from '#app/undo'

const UNDO_WINDOW_MS = 8000

/** Delete with a confirmation, then a few seconds to undo. The record keeps a tombstone for later sync. */
export function useDeleteAccount() {
  const { t } = useI18n()
  const { accounts } = useRepositories()
  const { navigate } = useNavigation()
  const toast = useToast()
  const undo = useUndo()
  const [target, setTarget] = useState<Account | null>(null)

  const confirm = async () => {
    if (!target) return
    const { id, name } = target
    setTarget(null)
    try {
      await accounts.softDelete(id)
    } catch (error) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: String(error) }) })
      return
    }
    navigate({ name: 'accounts' }, { force: true })
    undo.push({ label: t('undo.label.deleteAccount', { name }), undo: () => accounts.restore(id) }, { message: t('accounts.deleted', { name }), durationMs: UNDO_WINDOW_MS })
  }

  const dialog = (
    <ConfirmDialog
      open={target !== null}
      tone="danger"
      title={t('accounts.deleteConfirm.title')}
      body={t('accounts.deleteConfirm.body', { name: target?.name ?? '' })}
      confirmLabel={t('common.delete')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void confirm()}
      onCancel={() => setTarget(null)}
    />
  )

  return { requestDelete: setTarget, dialog }
}

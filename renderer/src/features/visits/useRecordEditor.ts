import { useState } from 'react'
import { ConflictError, errorMessage, ValidationError, type EntityRepository, type FieldError } from '#data'
import type { RecordMeta } from '#shared/schemas'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { useUndo } from '#app/undo'

/**
 * Dialog-based create/edit of one kind of account record through its repository: holds the form
 * values, maps a ValidationError onto field errors (nothing is saved), and deletes onto the undo stack
 * (`undoLabel` names it in "Undone: …"). An edit is based on the stored revision when the dialog opened:
 * saved elsewhere since, the save is refused, the dialog keeps the rep's values and offers to save over it.
 */
export function useRecordEditor<T extends RecordMeta, V>(repo: EntityRepository<T>, deletedMessage: string, undoLabel: string) {
  const { t } = useI18n()
  const toast = useToast()
  const undo = useUndo()
  const [editing, setEditing] = useState<{ id: string | null; values: V; basedOn?: number } | null>(null)
  const [errors, setErrors] = useState<Record<string, FieldError>>({})

  const open = (values: V, id: string | null = null) => {
    setErrors({})
    setEditing({ id, values })
    if (id === null) return
    // The revision the dialog's values come from (the list shows the stored record as it is now).
    void repo.get(id).then(
      (stored) => setEditing((e) => (e && e.id === id && e.basedOn === undefined ? { ...e, basedOn: stored?.updatedAt } : e)),
      () => {}
    )
  }
  const close = () => setEditing(null)
  const update = (patch: Partial<V>) => setEditing((e) => e && { ...e, values: { ...e.values, ...patch } })

  const save = async (draft: unknown, basedOn = editing?.basedOn) => {
    if (!editing) return
    try {
      if (editing.id) await repo.update(editing.id, draft, { basedOn })
      else await repo.create(draft)
      setEditing(null)
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors)
      else if (error instanceof ConflictError) {
        const current = (error.current as { updatedAt?: number } | null)?.updatedAt
        toast.show({
          tone: 'danger',
          message: t('safety.conflict.dialog'),
          durationMs: 0,
          action: { label: t('safety.conflict.keepMine'), onClick: () => void save(draft, current) }
        })
      } else toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, error) }) })
    }
  }

  const remove = async (id: string) => {
    await repo.softDelete(id)
    undo.push({ label: undoLabel, undo: () => repo.restore(id) }, { message: deletedMessage, durationMs: 8000 })
  }

  const errorText = (field: string) => {
    const error = errors[field]
    return error && t(error.key, error.params)
  }

  return { editing, open, close, update, save, remove, errorText, hasErrors: Object.keys(errors).length > 0 }
}

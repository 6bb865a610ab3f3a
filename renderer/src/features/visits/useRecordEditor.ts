import { useState } from 'react'
import { ValidationError, type EntityRepository, type FieldError } from '#data'
import type { RecordMeta } from '#shared/schemas'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { useUndo } from '#app/undo'

/**
 * Dialog-based create/edit of one kind of account record through its repository: holds the form
 * values, maps a ValidationError onto field errors (nothing is saved), and deletes onto the undo stack
 * (`undoLabel` names it in "Undone: …").
 */
export function useRecordEditor<T extends RecordMeta, V>(repo: EntityRepository<T>, deletedMessage: string, undoLabel: string) {
  const { t } = useI18n()
  const toast = useToast()
  const undo = useUndo()
  const [editing, setEditing] = useState<{ id: string | null; values: V } | null>(null)
  const [errors, setErrors] = useState<Record<string, FieldError>>({})

  const open = (values: V, id: string | null = null) => {
    setErrors({})
    setEditing({ id, values })
  }
  const close = () => setEditing(null)
  const update = (patch: Partial<V>) => setEditing((e) => e && { ...e, values: { ...e.values, ...patch } })

  const save = async (draft: unknown) => {
    if (!editing) return
    try {
      if (editing.id) await repo.update(editing.id, draft)
      else await repo.create(draft)
      setEditing(null)
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors)
      else toast.show({ tone: 'danger', message: t('error.saveFailed', { message: error instanceof Error ? error.message : String(error) }) })
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

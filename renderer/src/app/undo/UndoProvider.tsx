import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { createUndoStack, type UndoEntry } from './undoStack'

export interface UndoToast {
  /** What happened, e.g. "王建国 deleted"; the toast carries an Undo button for this entry. */
  message: string
  durationMs?: number
}

export interface UndoApi {
  /** Records an undoable action (and, with `toast`, says what happened with an Undo button). Returns its id. */
  push(entry: UndoEntry, toast?: UndoToast): string
  /** Undoes that entry if it is still on the stack; resolves whether it ran. */
  undo(id: string): Promise<boolean>
  /** Undoes the newest entry (Ctrl/Cmd+Z); resolves whether there was one. */
  undoLast(): Promise<boolean>
}

const UndoContext = createContext<UndoApi | null>(null)

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** Text fields keep Ctrl/Cmd+Z for their own text (the Lexical editor has its own history). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLSelectElement) return false
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)
}

/**
 * The one undo stack of the window: deletions and bulk changes push an entry; the toast's Undo and
 * Ctrl/Cmd+Z outside text fields take it back and say so ("Undone: delete 王建国").
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const toast = useToast()
  const stack = useRef(createUndoStack())
  const toastOf = useRef(new Map<string, string>())
  const ids = useRef(new WeakMap<UndoEntry, string>())

  const run = useCallback(
    async (id: string | null, entry: UndoEntry | undefined): Promise<boolean> => {
      if (!entry) return false
      if (id !== null) {
        const shown = toastOf.current.get(id)
        toastOf.current.delete(id)
        if (shown) toast.dismiss(shown)
      }
      try {
        await entry.undo()
        toast.show({ tone: 'success', message: t('undo.done', { label: entry.label }) })
        return true
      } catch (error) {
        toast.show({ tone: 'danger', message: t('undo.failed', { label: entry.label, message: error instanceof Error ? error.message : String(error) }) })
        return false
      }
    },
    [t, toast]
  )

  const api = useMemo<UndoApi>(() => {
    return {
      push(entry, shown) {
        const id = stack.current.push(entry)
        ids.current.set(entry, id)
        if (shown) {
          const toastId = toast.show({
            message: shown.message,
            durationMs: shown.durationMs,
            action: { label: t('common.undo'), onClick: () => void run(id, stack.current.take(id)) }
          })
          toastOf.current.set(id, toastId)
        }
        return id
      },
      undo: (id) => run(id, stack.current.take(id)),
      undoLast() {
        const entry = stack.current.takeLast()
        return run(entry ? (ids.current.get(entry) ?? null) : null, entry)
      }
    }
  }, [run, t, toast])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (isTextField(event.target)) return
      event.preventDefault()
      void api.undoLast().then((done) => {
        if (!done) toast.show({ tone: 'info', message: t('undo.nothing') })
      })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [api, t, toast])

  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>
}

export function useUndo(): UndoApi {
  const value = useContext(UndoContext)
  if (!value) throw new Error('useUndo outside UndoProvider')
  return value
}

import type { EditorState } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { extractPlainText } from '#shared/domain/dossier'
import { journalClear, journalWrite, type DossierRepository } from '#data'

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed'

export const AUTOSAVE_DELAY_MS = 500

export type Autosave = {
  state: SaveState
  /** Queues a section's new editor state; saved after a short pause in typing, or at the next flush. */
  schedule(sectionId: string, editorState: EditorState): void
  /** Saves everything queued now. */
  flush(): Promise<void>
}

/**
 * Autosave for one account's dossier. Saves after a pause in typing and also flushes when an editor
 * loses focus, the window loses focus or is hidden, the page unloads, and when the account changes or
 * the screen closes. Each save first writes a synchronous safety copy (see unsavedJournal) so a reload
 * in the middle of an IndexedDB write loses nothing.
 */
export function useAutosave(repo: DossierRepository, accountId: string): Autosave {
  const [state, setState] = useState<SaveState>('saved')
  const pending = useRef(new Map<string, EditorState>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef(0)

  const flush = useCallback(async () => {
    if (timer.current !== null) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (pending.current.size === 0) return
    const entries = [...pending.current]
    pending.current.clear()
    // Serialise and start every write in this same task, so an unloading page still issues them.
    const at = Date.now()
    const writes = entries.map(([sectionId, editorState]) => {
      const content = editorState.toJSON() as unknown as Record<string, unknown>
      const plainText = extractPlainText(content)
      journalWrite({ sectionId, content, plainText, at })
      return repo.saveContent(sectionId, content, plainText).then(() => journalClear(sectionId, at))
    })
    inFlight.current++
    setState('saving')
    const results = await Promise.allSettled(writes)
    inFlight.current--
    const failed = results.some((r) => r.status === 'rejected')
    if (failed) {
      entries.forEach(([id, es], i) => {
        if (results[i]?.status === 'rejected' && !pending.current.has(id)) pending.current.set(id, es)
      })
      setState('failed')
    } else if (pending.current.size > 0) setState('pending')
    else if (inFlight.current === 0) setState('saved')
  }, [repo])

  const schedule = useCallback(
    (sectionId: string, editorState: EditorState) => {
      pending.current.set(sectionId, editorState)
      setState('pending')
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [flush]
  )

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    const onLeave = () => void flush()
    window.addEventListener('blur', onLeave)
    window.addEventListener('pagehide', onLeave)
    window.addEventListener('beforeunload', onLeave)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('blur', onLeave)
      window.removeEventListener('pagehide', onLeave)
      window.removeEventListener('beforeunload', onLeave)
      document.removeEventListener('visibilitychange', onHidden)
      // Switching accounts or leaving the screen: save what this account still has queued.
      void flush()
    }
  }, [flush, accountId])

  return useMemo(() => ({ state, schedule, flush }), [state, schedule, flush])
}

import type { EditorState } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { extractPlainText } from '#shared/domain/dossier'
import { ConflictError, contentJsonOf, journalClear, journalWrite, type DossierRepository, type DossierSection, type SectionBase } from '#data'

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed'

export const AUTOSAVE_DELAY_MS = 500

const baseOf = (section: DossierSection): SectionBase => ({ updatedAt: section.updatedAt, contentJson: contentJsonOf(section.content) })

export type Autosave = {
  state: SaveState
  /** Queues a section's new editor state; saved after a short pause in typing, or at the next flush. */
  schedule(sectionId: string, editorState: EditorState): void
  /** Saves everything queued now (not sections changed elsewhere, which wait for the rep's choice). */
  flush(): Promise<void>
  /** The stored version a section's editor holds; saves are based on it. */
  base(sectionId: string): SectionBase | undefined
  /** The editor now holds this stored version (opened, or loaded after a change elsewhere). */
  setBase(section: DossierSection): void
  /** Typing not yet stored: queued, or being written. */
  hasUnsaved(sectionId: string): boolean
  /** Whether the stored content is what this window last wrote (its own save coming back). */
  isOwnWrite(section: DossierSection): boolean
  /** Sections changed elsewhere while the rep had unsaved typing in them. */
  conflicts: ReadonlySet<string>
  markConflict(sectionId: string): void
  /** "Load theirs": drops the rep's queued typing; the editor loads the stored section. */
  takeTheirs(section: DossierSection): void
  /** "Keep mine": saves the rep's text over the stored section, explicitly. */
  keepMine(section: DossierSection, editorState: EditorState): void
  /**
   * The section's editor is bound to its team text document, which merges every change: its saves are
   * not based on a stored version (team sync writes colleagues' text into the row meanwhile).
   */
  setShared(sectionId: string, shared: boolean): void
}

/**
 * Autosave for one account's dossier. Saves after a pause in typing and also flushes when an editor
 * loses focus, the window loses focus or is hidden, the page unloads, and when the account changes or
 * the screen closes. Each save first writes a synchronous safety copy (see unsavedJournal) so a reload
 * in the middle of an IndexedDB write loses nothing. Each save is based on the stored version the editor
 * holds; the repository refuses it when another window changed the section since.
 */
export function useAutosave(repo: DossierRepository, accountId: string): Autosave {
  const [state, setState] = useState<SaveState>('saved')
  const [conflicts, setConflicts] = useState<ReadonlySet<string>>(() => new Set())
  const pending = useRef(new Map<string, EditorState>())
  const bases = useRef(new Map<string, SectionBase>())
  const written = useRef(new Map<string, string>())
  const writing = useRef(new Map<string, number>())
  const conflicted = useRef(new Set<string>())
  const shared = useRef(new Set<string>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef(0)

  const setConflict = useCallback((sectionId: string, on: boolean) => {
    if (conflicted.current.has(sectionId) === on) return
    if (on) conflicted.current.add(sectionId)
    else conflicted.current.delete(sectionId)
    setConflicts(new Set(conflicted.current))
  }, [])

  const flush = useCallback(async () => {
    if (timer.current !== null) {
      clearTimeout(timer.current)
      timer.current = null
    }
    const entries = [...pending.current].filter(([id]) => !conflicted.current.has(id))
    if (entries.length === 0) return
    for (const [id] of entries) pending.current.delete(id)
    // Serialise and start every write in this same task, so an unloading page still issues them.
    const at = Date.now()
    const writes = entries.map(([sectionId, editorState]) => {
      const content = editorState.toJSON() as unknown as Record<string, unknown>
      const plainText = extractPlainText(content)
      const contentJson = contentJsonOf(content)
      journalWrite({ sectionId, content, plainText, at })
      written.current.set(sectionId, contentJson)
      writing.current.set(sectionId, (writing.current.get(sectionId) ?? 0) + 1)
      const base = shared.current.has(sectionId) ? undefined : bases.current.get(sectionId)
      return repo.saveContent(sectionId, content, plainText, base).then(
        (updatedAt) => {
          bases.current.set(sectionId, { updatedAt, contentJson })
          journalClear(sectionId, at)
        },
        (error: unknown) => {
          if (error instanceof ConflictError) {
            // Kept in the editor and queued; the safety copy goes, so a later start cannot replay it over theirs.
            journalClear(sectionId, at)
            setConflict(sectionId, true)
          }
          throw error
        }
      ).finally(() => writing.current.set(sectionId, (writing.current.get(sectionId) ?? 1) - 1))
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
  }, [repo, setConflict])

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

  const base = useCallback((sectionId: string) => bases.current.get(sectionId), [])
  const setBase = useCallback((section: DossierSection) => void bases.current.set(section.id, baseOf(section)), [])
  const hasUnsaved = useCallback((sectionId: string) => pending.current.has(sectionId) || (writing.current.get(sectionId) ?? 0) > 0, [])
  const isOwnWrite = useCallback((section: DossierSection) => written.current.get(section.id) === contentJsonOf(section.content), [])
  const markConflict = useCallback((sectionId: string) => setConflict(sectionId, true), [setConflict])
  const takeTheirs = useCallback(
    (section: DossierSection) => {
      pending.current.delete(section.id)
      bases.current.set(section.id, baseOf(section))
      setConflict(section.id, false)
      if (pending.current.size === 0 && inFlight.current === 0) setState('saved')
    },
    [setConflict]
  )
  const keepMine = useCallback(
    (section: DossierSection, editorState: EditorState) => {
      bases.current.set(section.id, baseOf(section))
      setConflict(section.id, false)
      pending.current.set(section.id, editorState)
      void flush()
    },
    [flush, setConflict]
  )

  const setShared = useCallback((sectionId: string, on: boolean) => {
    if (on) shared.current.add(sectionId)
    else shared.current.delete(sectionId)
  }, [])

  return useMemo(
    () => ({ state, schedule, flush, base, setBase, hasUnsaved, isOwnWrite, conflicts, markConflict, takeTheirs, keepMine, setShared }),
    [state, schedule, flush, base, setBase, hasUnsaved, isOwnWrite, conflicts, markConflict, takeTheirs, keepMine, setShared]
  )
}

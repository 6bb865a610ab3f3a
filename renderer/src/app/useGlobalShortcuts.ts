import { useEffect, useRef } from 'react'
import { isAvailable, matchesShortcut, type Command, type CommandContext } from './commands'

/** Typing in a field: plain keys such as `?` are text there, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  return false
}

/**
 * The window's one keydown listener for the commands table: a chord runs its command when the command
 * is available. Chords of `menuOwned` commands are left to the native menu's accelerators (Electron), so
 * they never fire twice. While a dialog is open only commands marked `inDialogs` (saving) run.
 */
export function useGlobalShortcuts(commands: readonly Command[], context: () => CommandContext, { menuOwnsChords }: { menuOwnsChords: boolean }) {
  const latest = useRef(context)
  latest.current = context
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      for (const command of commands) {
        const shortcut = command.shortcuts?.find((s) => matchesShortcut(event, s))
        if (!shortcut) continue
        // A plain character (`?`) is text while typing; chords and F-keys work everywhere.
        if (!shortcut.mod && shortcut.key.length === 1 && isTypingTarget(event.target)) return
        if (menuOwnsChords && command.menuOwned) return
        // The browser's own meaning of a chord we claim (save page, print …) never applies.
        if (shortcut.mod) event.preventDefault()
        const inDialog = document.querySelector('dialog[open]') !== null
        if (inDialog && !command.inDialogs) return
        const ctx = latest.current()
        if (!isAvailable(command, ctx)) return
        event.preventDefault()
        command.run(ctx)
        return
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [commands, menuOwnsChords])
}

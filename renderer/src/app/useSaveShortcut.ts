import { useContext, useEffect, useLayoutEffect, useRef } from 'react'
import { CommandCenterContext, type ShellHost } from './commandRegistry'
import type { ScreenAction } from './commands'

/**
 * Ctrl/Cmd+S saves this editor while it is mounted (and `enabled`). Editors opened later (a dialog over a
 * form) take precedence; closing them hands Ctrl+S back. One keydown listener for the whole window does
 * the rest (useGlobalShortcuts), so no screen listens for the key itself.
 */
export function useSaveShortcut(save: () => void, enabled = true): void {
  const center = useContext(CommandCenterContext)
  const latest = useRef(save)
  useLayoutEffect(() => {
    latest.current = save
  })
  const registry = center?.registry
  useEffect(() => {
    if (!registry || !enabled) return
    return registry.addSaver(() => latest.current())
  }, [registry, enabled])
}

/** This screen offers a palette/shortcut action (add a person, log a visit …) while it is mounted. */
export function useCommandAction(action: ScreenAction, run: () => void, enabled = true): void {
  const center = useContext(CommandCenterContext)
  const latest = useRef(run)
  useLayoutEffect(() => {
    latest.current = run
  })
  const registry = center?.registry
  useEffect(() => {
    if (!registry || !enabled) return
    return registry.provideAction(action, () => latest.current())
  }, [registry, action, enabled])
}

/** The shell lends the commands its route, navigation and dialogs. */
export function useCommandHost(shell: ShellHost): void {
  const center = useContext(CommandCenterContext)
  const latest = useRef(shell)
  useLayoutEffect(() => {
    latest.current = shell
  })
  useEffect(() => {
    if (!center) return
    center.setShell({
      get route() {
        return latest.current.route
      },
      navigate: (route) => latest.current.navigate(route),
      open: (overlay) => latest.current.open(overlay),
      findAccounts: () => latest.current.findAccounts()
    })
    return () => center.setShell(null)
  }, [center])
}

/** Opens the palette or the shortcut sheet from a component (search's `>`, About's button). */
export function useCommandCenter() {
  return useContext(CommandCenterContext)
}

import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { useI18n } from '#i18n'
import { CommandCenterContext, CommandRegistry, type CommandCenterValue, type ShellHost } from './commandRegistry'
import { COMMANDS, type CommandContext } from './commands'
import { CommandPalette } from './CommandPalette'
import { useHost } from './host'
import { ShortcutSheet } from './ShortcutSheet'
import { useTheme } from './theme'
import { useGlobalShortcuts } from './useGlobalShortcuts'

const noop = () => {}

/**
 * Owns the commands table at run time: the registry screens lend handlers to, the window's shortcuts,
 * the command palette and the shortcut sheet. The shell (inside it) lends its route and dialogs.
 */
export function CommandCenter({ children }: { children: ReactNode }) {
  const host = useHost()
  const { language, setLanguage } = useI18n()
  const { theme, setTheme } = useTheme()
  const [registry] = useState(() => new CommandRegistry())
  const shell = useRef<ShellHost | null>(null)
  const [palette, setPalette] = useState<{ query: string } | null>(null)
  const [sheetOpen, setSheetOpen] = useState(false)

  const openPalette = useCallback((query = '') => setPalette({ query }), [])
  const openShortcuts = useCallback(() => setSheetOpen(true), [])

  const latest = useRef({ language, setLanguage, theme, setTheme })
  latest.current = { language, setLanguage, theme, setTheme }

  const context = useCallback((): CommandContext => {
    const s = shell.current
    return {
      route: s?.route ?? { name: 'today' },
      navigate: s ? (route) => s.navigate(route) : noop,
      open: s ? (overlay) => s.open(overlay) : noop,
      findAccounts: s ? () => s.findAccounts() : noop,
      ...latest.current,
      openPalette: () => openPalette(),
      openShortcuts,
      invoke: (action) => registry.invoke(action),
      canSave: registry.canSave,
      save: () => registry.save()
    }
  }, [registry, openPalette, openShortcuts])

  const value = useMemo<CommandCenterValue>(
    () => ({ registry, setShell: (next) => void (shell.current = next), openPalette, openShortcuts, context }),
    [registry, openPalette, openShortcuts, context]
  )

  // In Electron the native menu's accelerators own Ctrl+N, Ctrl+F and Ctrl+, (they send menu commands).
  useGlobalShortcuts(COMMANDS, context, { menuOwnsChords: host.kind === 'electron' })

  return (
    <CommandCenterContext.Provider value={value}>
      {children}
      {palette && <CommandPalette initialQuery={palette.query} context={context} onClose={() => setPalette(null)} />}
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
    </CommandCenterContext.Provider>
  )
}

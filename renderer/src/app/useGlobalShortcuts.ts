import { useEffect, useRef } from 'react'

/**
 * Ctrl/Cmd+<key> shortcuts for the whole window. Keys listed in `menuOwned` are left to the native
 * menu's accelerators (Electron), so they never fire twice.
 */
export function useGlobalShortcuts(shortcuts: Record<string, () => void>, menuOwned: readonly string[]) {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  const owned = menuOwned.join()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const key = event.key.toLowerCase()
      const run = latest.current[key]
      if (!run || owned.split(',').includes(key)) return
      event.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [owned])
}

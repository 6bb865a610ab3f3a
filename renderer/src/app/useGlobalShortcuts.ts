import { useEffect, useRef } from 'react'

interface Shortcuts {
  newAccount(): void
  find(): void
}

/** Ctrl/Cmd+N and Ctrl/Cmd+F for hosts without a native menu. */
export function useGlobalShortcuts(enabled: boolean, shortcuts: Shortcuts) {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const key = event.key.toLowerCase()
      if (key === 'n') latest.current.newAccount()
      else if (key === 'f') latest.current.find()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}

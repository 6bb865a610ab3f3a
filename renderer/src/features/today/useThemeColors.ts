import { useEffect, useState } from 'react'

/**
 * The current values of some CSS custom properties (canvas drawing cannot use var()), read again when
 * the theme changes: the app's data-theme attribute, or the system's colour scheme when it follows it.
 */
export function useThemeColors<K extends string>(names: readonly K[]): Record<K, string> {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    const observer = new MutationObserver(bump)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    media?.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      media?.removeEventListener('change', bump)
    }
  }, [])
  const [colors, setColors] = useState(() => read(names))
  const key = names.join()
  useEffect(() => setColors(read(key.split(',') as K[])), [key, version])
  return colors
}

function read<K extends string>(names: readonly K[]): Record<K, string> {
  const style = getComputedStyle(document.documentElement)
  return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n).trim() || '#888'])) as Record<K, string>
}

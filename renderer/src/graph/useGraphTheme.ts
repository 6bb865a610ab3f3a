import { useEffect, useState } from 'react'
import { PRINT_THEME, type GraphTheme } from './stylesheet'

/** Which CSS custom property (renderer/src/ui/tokens.css) each graph colour follows on screen. */
const THEME_VARIABLES: Record<keyof GraphTheme, string> = {
  text: '--text',
  textMuted: '--text-muted',
  labelBackground: '--bg-elevated',
  seatFill: '--bg-elevated',
  border: '--text-muted',
  edge: '--text-subtle',
  reportsTo: '--text-muted',
  influences: '--info',
  ally: '--success',
  rival: '--danger',
  mainLine: '--accent-text',
  auxLine: '--accent',
  coach: '--warning',
  highlight: '--warning',
  selected: '--accent'
}

function readTheme(): GraphTheme {
  const style = getComputedStyle(document.documentElement)
  const entries = Object.entries(THEME_VARIABLES).map(([key, name]) => {
    const value = style.getPropertyValue(name).trim()
    return [key, value || PRINT_THEME[key as keyof GraphTheme]]
  })
  return Object.fromEntries(entries) as GraphTheme
}

/**
 * The graph's colours from the app's theme (canvas drawing cannot use var()), read again when the
 * theme changes: the app's data-theme attribute, or the system's colour scheme when it follows it.
 */
export function useGraphTheme(): GraphTheme {
  const [theme, setTheme] = useState(readTheme)
  useEffect(() => {
    const reread = () => setTheme(readTheme())
    const observer = new MutationObserver(reread)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    media?.addEventListener('change', reread)
    return () => {
      observer.disconnect()
      media?.removeEventListener('change', reread)
    }
  }, [])
  return theme
}

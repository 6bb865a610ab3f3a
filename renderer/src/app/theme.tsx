import { createContext, useCallback, useContext, useLayoutEffect, useState, type ReactNode } from 'react'
import { loadTheme, saveTheme, type Theme } from '#data'

const ThemeContext = createContext<{ theme: Theme; setTheme(theme: Theme): void } | null>(null)

/** 'system' leaves data-theme unset so the CSS follows prefers-color-scheme. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setThemeState] = useState<Theme>(loadTheme)
  // Before the first paint, so a dark-theme user never sees one light frame.
  useLayoutEffect(() => {
    if (theme === 'system') document.documentElement.removeAttribute('data-theme')
    else document.documentElement.setAttribute('data-theme', theme)
  }, [theme])
  const setTheme = useCallback((next: Theme) => {
    saveTheme(next)
    setThemeState(next)
  }, [])
  return <ThemeContext.Provider value={{ theme, setTheme }}>{children}</ThemeContext.Provider>
}

export function useTheme() {
  const value = useContext(ThemeContext)
  if (!value) throw new Error('useTheme outside ThemeProvider')
  return value
}

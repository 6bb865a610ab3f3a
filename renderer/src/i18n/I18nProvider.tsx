import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Language } from '#shared/ipc/contract'
import { translate, type MessageKey } from '#shared/i18n/translate'
import type { HostApi } from '#host/HostApi'
import { loadLanguage, saveLanguage } from '#data'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

interface I18nValue {
  language: Language
  setLanguage(language: Language): void
  t: Translate
  formatDate(epochMs: number): string
  /** The date alone, without the time of day. */
  formatDay(epochMs: number): string
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(loadLanguage)

  useEffect(() => {
    document.documentElement.lang = language
    document.title = translate(language, 'app.name')
    host.setLanguage(language).catch(() => {
      // The native menu keeps its old labels; the UI itself has switched, so nothing is lost.
    })
  }, [host, language])

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next)
    setLanguageState(next)
  }, [])

  const value = useMemo<I18nValue>(() => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
    const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDate: (epochMs) => dateFormat.format(epochMs),
      formatDay: (epochMs) => dayFormat.format(epochMs)
    }
  }, [language, setLanguage])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}

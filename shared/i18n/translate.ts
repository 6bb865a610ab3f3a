import { en } from './en'
import { zhCN } from './zh-CN'
import type { Language } from '../ipc/contract'

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>

export const messages: Record<Language, Messages> = { en, 'zh-CN': zhCN }

/** Picks the UI language for an OS/browser locale: any Chinese locale gets zh-CN, everything else en. */
export function languageForLocale(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale) ? 'zh-CN' : 'en'
}

/** Looks up a message and fills `{name}` placeholders. Unknown keys fail the type check. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[language][key] ?? en[key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

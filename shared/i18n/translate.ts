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

/**
 * Plural forms inside a message, ICU style: `{count, plural, one {# result} other {# results}}`.
 * The branch is picked by `Intl.PluralRules` for the UI language from the named number parameter
 * (`=0`, `=1` … exact matches win over categories; `other` is required); `#` in a branch is the number.
 * Branches may hold ordinary `{name}` placeholders. Call sites stay `t(key, { count })`.
 */
const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g

const pluralRules = new Map<Language, Intl.PluralRules>()
function pluralRule(language: Language): Intl.PluralRules {
  let rule = pluralRules.get(language)
  if (!rule) {
    rule = new Intl.PluralRules(language)
    pluralRules.set(language, rule)
  }
  return rule
}

/** The names a message takes as parameters, plural selectors included: '{count, plural, …} in {name}' → ['count', 'name']. */
export function messageParams(template: string): string[] {
  const names = new Set<string>()
  const rest = template.replace(PLURAL, (_whole, name: string, body: string) => {
    names.add(name)
    for (const m of body.matchAll(BRANCH)) for (const p of m[2]!.matchAll(/\{(\w+)\}/g)) names.add(p[1]!)
    return ''
  })
  for (const m of rest.matchAll(/\{(\w+)\}/g)) names.add(m[1]!)
  return [...names].sort()
}

/** Resolves the plural blocks of a message for the given parameters; a missing or non-numeric selector leaves the block as written. */
export function selectPlurals(language: Language, template: string, params: Record<string, string | number>): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const raw = params[name]
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN
    if (!Number.isFinite(n)) return whole
    const branches = new Map<string, string>()
    for (const m of body.matchAll(BRANCH)) branches.set(m[1]!, m[2]!)
    const chosen = branches.get(`=${n}`) ?? branches.get(pluralRule(language).select(n)) ?? branches.get('other')
    return chosen === undefined ? whole : chosen.replace(/#/g, String(n))
  })
}

/** Looks up a message, picks its plural forms and fills `{name}` placeholders. Unknown keys fail the type check. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[language][key] ?? en[key]
  if (!params) return template
  return selectPlurals(language, template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

const listFormats = new Map<string, Intl.ListFormat>()

/**
 * Joins items as a person writes a list in the UI language: 'and' (the default) gives 甲、乙和丙 /
 * "A, B, and C" for running text; 'plain' gives 甲、乙、丙 / "A, B, C" for table cells, tags and summaries.
 */
export function formatList(language: Language, items: readonly string[], style: 'and' | 'plain' = 'and'): string {
  const cacheKey = `${language}|${style}`
  let format = listFormats.get(cacheKey)
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction', style: style === 'and' ? 'long' : 'narrow' })
    listFormats.set(cacheKey, format)
  }
  return format.format(items)
}

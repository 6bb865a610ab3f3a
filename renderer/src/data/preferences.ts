import { z } from '#shared/schemas/zod'
import { Language } from '#shared/ipc/contract'
import { languageForLocale } from '#shared/i18n/translate'

// UI preferences live in localStorage (per origin, like the database); each value is validated on read
// so a hand-edited or older value falls back to the default instead of breaking start-up.

export const Theme = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof Theme>

const LANGUAGE_KEY = 'atlas.language'
const THEME_KEY = 'atlas.theme'

function read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(localStorage.getItem(key))
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Storage full or disabled: the choice still applies for this session.
  }
}

export const loadLanguage = (): Language => read(LANGUAGE_KEY, Language, languageForLocale(navigator.language))
export const saveLanguage = (language: Language) => write(LANGUAGE_KEY, language)
export const loadTheme = (): Theme => read(THEME_KEY, Theme, 'system')
export const saveTheme = (theme: Theme) => write(THEME_KEY, theme)

const SIDEBAR_KEY = 'atlas.sidebarCollapsed'

/** Whether the rep collapsed the sidebar to an icon rail in a wide window (narrow windows start collapsed). */
export const loadSidebarCollapsed = (): boolean => read(SIDEBAR_KEY, z.enum(['true', 'false']), 'false') === 'true'
export const saveSidebarCollapsed = (collapsed: boolean) => write(SIDEBAR_KEY, String(collapsed))

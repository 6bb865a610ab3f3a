import type { Page } from '@playwright/test'

/** Every page load of this test starts in `language` and `theme`, as a rep who chose them earlier. */
export async function startWith(page: Page, language: 'zh-CN' | 'en', theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript(
    ([language, theme]) => {
      localStorage.setItem('atlas.language', language)
      localStorage.setItem('atlas.theme', theme)
    },
    [language, theme] as const
  )
}

/** Where the opt-in screenshot specs write their PNGs (ignored by git). */
export const SHOTS_DIR = 'tests/artifacts/screenshots'

/** The changed-screens screenshot specs run only when asked for with CHANGED_SCREENSHOTS=1. */
export const CHANGED_SCREENSHOTS_WANTED = Boolean(process.env.CHANGED_SCREENSHOTS)
export const CHANGED_SCREENSHOTS_REASON = 'set CHANGED_SCREENSHOTS=1 to take the changed-screens screenshots'

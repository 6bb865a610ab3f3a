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

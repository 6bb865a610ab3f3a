import { expect, test } from '../fixtures'
import { seedBook } from '../seeds/seedBook'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of the command palette and the shortcut sheet over an account's stakeholder map, in both
// languages and themes at 1024, 1280 and 1920 wide. Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/palette.shots.spec.ts
const OUT = SHOTS_DIR

test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Command palette and shortcut sheet, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(180_000)
        await startWith(page, language, theme)
        const id = await seedBook(page)
        for (const width of [1024, 1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1920 ? 1080 : 800 })
          await page.goto(`./#/accounts/${id}/stakeholders`)
          await page.getByTestId('graph-node').first().waitFor()
          await page.keyboard.press('Control+Shift+P')
          const palette = page.getByRole('dialog')
          await expect(palette).toBeVisible()
          await page.keyboard.type(language === 'zh-CN' ? '拜访' : 'visit')
          await page.screenshot({ path: `${OUT}/palette-${language}-${theme}-${width}.png`, animations: 'disabled' })
          await page.keyboard.press('Escape')
          await expect(palette).toBeHidden()
          await page.getByTestId('atlas-graph').focus()
          await page.keyboard.press('Shift+Slash')
          await expect(page.getByRole('dialog')).toBeVisible()
          await page.screenshot({ path: `${OUT}/shortcuts-${language}-${theme}-${width}.png`, animations: 'disabled' })
          await page.keyboard.press('Escape')
        }
      })
    }
  })
}

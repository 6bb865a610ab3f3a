import type { Page } from '@playwright/test'
import { translate, type MessageKey } from '#shared/i18n/translate'
import { putRawTables } from '../../rawDb'
import { expect, test } from '../fixtures'
import { twelvePersonAccount } from '../seeds/twelvePeople'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of the account at a glance (the Overview, its form closed and opened) and of the stakeholder
// map with a stack of toasts beside its canvas, on the shared 12-person Chinese account, in both languages
// and themes at 1280 and 1920 wide. Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/glance.shots.spec.ts
// PNGs go to tests/artifacts/screenshots/ (ignored by git).
const OUT = SHOTS_DIR

test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Overview at a glance, the map with toasts and the brief's sheet, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(180_000)
        const t = (key: MessageKey) => translate(language, key)
        await startWith(page, language, theme)
        const seed = twelvePersonAccount(Date.now(), 3)
        await page.goto('./')
        await expect(page.getByTestId('app-shell')).toBeVisible()
        await putRawTables(page, { accounts: [seed.account], stakeholders: seed.people, relationships: seed.relationships, visits: seed.visits })
        await page.reload()
        await expect(page.getByTestId('app-shell')).toBeVisible()

        for (const width of [1280, 1920]) {
          const height = width === 1280 ? 800 : 1080
          await page.setViewportSize({ width, height })
          const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${language}-${theme}-${width}.png`, animations: 'disabled' })

          // A fresh start each width, so the Overview opens as a rep finds it: at a glance, the form closed.
          await page.reload()
          await go(page, `#/accounts/${seed.account.id}`)
          await page.getByTestId('account-glance').waitFor()
          await expect(page.getByRole('button', { name: t('glance.editDetails') })).toBeVisible()
          await shot('glance')
          await page.getByRole('button', { name: t('glance.editDetails') }).click()
          await page.locator('#account-details').waitFor()
          await page.setViewportSize({ width, height: 2400 })
          await shot('glance-details-tall')
          await page.setViewportSize({ width, height })

          await go(page, `#/accounts/${seed.account.id}/stakeholders`)
          await page.getByTestId('graph-node').first().waitFor()
          await page.getByRole('button', { name: t('stakeholders.graph.resetPositions') }).click()
          for (const kind of ['exportSvg', 'exportPng'] as const) {
            const download = page.waitForEvent('download')
            await page.getByRole('button', { name: t(`stakeholders.graph.${kind}`) }).click()
            await download
          }
          await expect(page.getByTestId('toast')).toHaveCount(3)
          await shot('map-toasts')

          // The brief tab with the one-page sheet previewed, once its paper map is drawn.
          await go(page, `#/accounts/${seed.account.id}/brief`)
          await expect.poll(async () => (await page.getByTestId('brief-preview').getAttribute('srcdoc'))?.includes('data:image/png') ?? false).toBe(true)
          await shot('brief-sheet')
        }
      })
    }
  })
}

async function go(page: Page, hash: string) {
  await page.evaluate((hash) => {
    location.hash = hash
  }, hash)
}

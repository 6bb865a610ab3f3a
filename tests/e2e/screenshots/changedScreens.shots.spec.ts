import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { translate, type MessageKey } from '#shared/i18n/translate'
import { expect, test } from '../fixtures'
import { TodayPage } from '../pages/TodayPage'
import { TIME_ZONE, objectionRow, shanghaiDay } from '../seeds/todayRows'
import { todaySeed } from '../seeds/todaySeed'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of the screens changed together with visit planning and the work on scale: the account list,
// an account's page (grade, rhythm, stage timeline), its dossier and stakeholder map, its visits tab with each of its dialogs, and the brief's next-visit
// composer (planned and not yet planned), in both languages and themes at two widths, on the 30-account
// book Today's screenshots use. Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/changedScreens.shots.spec.ts
// PNGs go to tests/artifacts/screenshots/ (ignored by git).
const TODAY = '2025-03-12'
const OUT = SHOTS_DIR

test.use({ timezoneId: TIME_ZONE })
test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

/** The seeded book, with answered questions on the first account's last visit and an objection raised on it. */
function seed() {
  const tables = todaySeed(TODAY)
  const first = tables.accounts[0]!
  const lastDone = tables.visits.filter((v) => v.accountId === first.id && v.status === 'done').sort((a, b) => b.date - a.date)[0]!
  lastDone.questions = [
    { id: randomUUID(), text: '现用轴承的品牌和型号', answer: 'SKF 6205 和国产哈轴混用，每月约 2000 套', findingId: null },
    { id: randomUUID(), text: '谁最后拍板换供应商', answer: '总经理，但采购经理的意见很关键', findingId: null }
  ]
  const buyer = tables.stakeholders.find((s) => s.accountId === first.id && s.title === '采购经理')!
  tables.objections.push(objectionRow(first, '你们的价格比现供应商高 15%', shanghaiDay(TODAY, -3, 16), { raisedById: buyer.id, visitId: lastDone.id }))
  // The second account has no planned visit, so its brief offers "Plan the next visit".
  return { tables, planned: first, unplanned: tables.accounts[1]! }
}

for (const language of ['zh-CN', 'en'] as const) {
  // The browser's locale too (navigator.language); headless Chromium still draws date inputs as mm/dd/yyyy.
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Changed screens, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(180_000)
        const t = (key: MessageKey) => translate(language, key)
        await page.clock.setFixedTime(new Date(shanghaiDay(TODAY, 0, 9)))
        await startWith(page, language, theme)
        const { tables, planned, unplanned } = seed()
        const today = new TodayPage(page)
        await today.open()
        await today.seed(tables)

        for (const width of [1280, 1920]) {
          const height = width === 1280 ? 800 : 1080
          await page.setViewportSize({ width, height })
          const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${language}-${theme}-${width}.png`, animations: 'disabled' })
          const tall = async (name: string) => {
            // The app frame scrolls inside the window, so "full page" means a window tall enough for all of it.
            await page.setViewportSize({ width, height: 2400 })
            await shot(`${name}-tall`)
            await page.setViewportSize({ width, height })
          }

          await go(page, '#/accounts')
          await page.getByTestId('account-row').first().waitFor()
          await shot('accounts')
          await tall('accounts')

          await go(page, `#/accounts/${planned.id}`)
          await page.getByRole('heading', { level: 1, name: planned.name }).waitFor()
          await shot('account')
          await tall('account')

          await go(page, `#/accounts/${planned.id}/dossier`)
          await page.locator('[contenteditable="true"]').first().waitFor()
          await shot('dossier')
          await tall('dossier')

          await go(page, `#/accounts/${planned.id}/stakeholders`)
          await page.locator('canvas').first().waitFor()
          await page.waitForTimeout(1500)
          await shot('stakeholders')

          await go(page, `#/accounts/${planned.id}/visits`)
          await page.getByTestId('visit-cadence').waitFor()
          await page.getByTestId('visit-answers').waitFor()
          await shot('visits')
          await tall('visits')

          const dialog = page.getByRole('dialog')
          const closeDialog = async () => {
            await page.keyboard.press('Escape')
            await expect(dialog).toBeHidden()
          }

          await page.getByRole('button', { name: t('visits.plan'), exact: true }).click()
          await dialog.getByRole('button', { name: t('visits.questions.add') }).click()
          await dialog.getByRole('textbox').last().fill('现用轴承的品牌和型号')
          await shot('visit-plan')
          await closeDialog()

          await page.getByRole('button', { name: t('visits.add'), exact: true }).click()
          await dialog.getByRole('button', { name: t('visits.questions.add') }).click()
          await shot('visit-log')
          await closeDialog()

          await page.getByTestId('visit-item').getByRole('button', { name: t('visits.logOutcome') }).first().click()
          await dialog.getByRole('button', { name: t('visits.questions.add') }).click()
          await dialog.getByRole('button', { name: t('visits.tasks.add') }).click()
          await shot('visit-outcome')
          // The bottom of a dialog taller than the window.
          await dialog.getByRole('button', { name: t('visits.tasks.add') }).scrollIntoViewIfNeeded()
          await shot('visit-outcome-bottom')
          await closeDialog()

          await page.getByTestId('objection-item').getByRole('button', { name: t('visits.objections.edit') }).first().click()
          await shot('objection')
          await closeDialog()

          await page.getByRole('button', { name: t('visits.competitors.add'), exact: true }).click()
          await dialog.getByRole('textbox', { name: t('visits.competitors.supplier'), exact: true }).fill('上海轴承贸易有限公司')
          await dialog.getByRole('textbox', { name: t('visits.competitors.brands'), exact: true }).fill('SKF、哈轴')
          await shot('competitor')
          await closeDialog()

          await go(page, `#/accounts/${planned.id}/brief`)
          await page.getByTestId('brief-plan-when').waitFor()
          await shot('brief-planned')
          await tall('brief-planned')

          await go(page, `#/accounts/${unplanned.id}/brief`)
          await page.getByRole('button', { name: t('brief.composer.plan') }).waitFor()
          await shot('brief-unplanned')
          await tall('brief-unplanned')
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

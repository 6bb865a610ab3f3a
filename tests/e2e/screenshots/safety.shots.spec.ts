import { translate, type MessageKey } from '#shared/i18n/translate'
import { doc, paragraph, text } from '#shared/domain/dossier/fixtures'
import { expect, test } from '../fixtures'
import { AccountsApp } from '../pages/AccountsApp'
import { DossierPage } from '../pages/DossierPage'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of what issue 15 shows when two windows edit one record (the account form's banner, the
// dossier section's question) and when the database is from a newer version (read-only banner), in both
// languages and themes at two widths. Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/safety.shots.spec.ts
test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Safety, ${language}, ${theme}`, async ({ page, context }) => {
        test.setTimeout(120_000)
        const t = (key: MessageKey) => translate(language, key)
        await startWith(page, language, theme)
        const first = new DossierPage(page, language === 'en' ? 'en' : 'zh')
        const { accountId } = await first.seed('华东精密机械有限公司', [], [
          { channel: 'gatekeeper', content: doc(paragraph(text('门卫说：采购部每周一上午开会。'))), plainText: '门卫说：采购部每周一上午开会。' }
        ])
        const secondPage = await context.newPage()
        const second = new DossierPage(secondPage, language === 'en' ? 'en' : 'zh')
        for (const width of [1280, 1920]) {
          const size = { width, height: width === 1280 ? 800 : 1080 }
          await page.setViewportSize(size)
          await secondPage.setViewportSize(size)
          const shot = (name: string) => page.screenshot({ path: `${SHOTS_DIR}/${name}-${language}-${theme}-${width}.png` })

          // The account form: typed here, saved over in the other window.
          const here = new AccountsApp(page)
          const there = new AccountsApp(secondPage)
          for (const app of [here, there]) {
            await app.page.goto(`./#/accounts/${accountId}`)
            await app.openDetails()
          }
          await here.fill({ [t('field.industry')]: `数控机床 ${width}` })
          await there.fill({ [t('field.industry')]: `轴承 ${width}` })
          await there.save(t('common.save'))
          await expect(page.getByTestId('conflict-banner')).toBeVisible()
          await shot('conflict-account')
          await page.getByTestId('conflict-banner').getByRole('button').first().click()

          // The dossier section: the caret here while the other window saves, then typing on.
          await page.goto(`./#/accounts/${accountId}/dossier`)
          await first.ready()
          await secondPage.goto(`./#/accounts/${accountId}/dossier`)
          await second.ready()
          await first.editor('gatekeeper').click()
          await second.type('gatekeeper', ` 其他窗口 ${width}`)
          await second.waitSaved()
          await first.type('gatekeeper', ` 这里 ${width}`)
          await expect(first.section('gatekeeper').getByTestId('section-conflict')).toBeVisible()
          await shot('conflict-dossier')
          await first.section('gatekeeper').getByTestId('section-conflict').getByRole('button').first().click()
        }

        // A database saved by a newer version: bump its version from a page of the same origin with the app closed.
        await secondPage.close()
        await page.goto('./bench-bare/?n=0').catch(() => page.goto('about:blank'))
        await page.goto('./#/accounts')
        await page.evaluate(() => new Promise<void>((resolve, reject) => {
          const probe = indexedDB.open('account-atlas')
          probe.onsuccess = () => {
            const version = probe.result.version
            probe.result.close()
            const request = indexedDB.open('account-atlas', version + 10)
            request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture')
            request.onsuccess = () => (request.result.close(), resolve())
            request.onerror = () => reject(request.error)
            request.onblocked = () => reject(new Error('blocked'))
          }
        })).catch(() => undefined)
        await page.reload()
        for (const width of [1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
          await expect(page.getByRole('alert').first()).toBeVisible()
          await page.screenshot({ path: `${SHOTS_DIR}/read-only-${language}-${theme}-${width}.png` })
        }
      })
    }
  })
}

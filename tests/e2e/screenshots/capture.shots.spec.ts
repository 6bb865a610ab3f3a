import { expect, test } from '../fixtures'
import { DossierPage } from '../pages/DossierPage'
import { translate } from '#shared/i18n/translate'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of capture from notes (issue 17): a purchasing note naming two new people and one on the
// map, with the suggestion panel and the margin marker, in both languages and themes at two widths.
// Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/capture.shots.spec.ts
test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

const NOTES = {
  'zh-CN': { known: { name: '王建国', title: '采购经理' }, text: '今天见了采购部长孙海燕，王经理也在。技术部的刘工说要先试装，欧阳明答应帮我们介绍设备科。' },
  en: { known: { name: 'Sarah Lin', title: 'Procurement Manager' }, text: 'Met chief engineer Tom Becker with Sarah. Dr. Anna Weber (head of R&D) offered to introduce us to the plant director.' }
}

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Capture from notes, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(120_000)
        await startWith(page, language, theme)
        const d = new DossierPage(page, language === 'en' ? 'en' : 'zh')
        const note = NOTES[language]
        await d.seed(language === 'en' ? 'Acme Gearboxes' : '华东精密', [note.known])
        await d.type('purchasing', note.text)
        const panel = d.section('purchasing').getByTestId('capture-panel')
        await expect(panel.getByTestId('capture-suggestion')).toHaveCount(language === 'en' ? 2 : 3)
        await d.section('purchasing').scrollIntoViewIfNeeded()
        for (const width of [1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
          await d.section('purchasing').screenshot({ path: `${SHOTS_DIR}/capture-panel-${language}-${theme}-${width}.png`, animations: 'disabled' })
        }
        const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
        await panel.getByTestId('capture-suggestion').first().getByRole('button', { name: t('dossier.capture.edit') }).click()
        for (const width of [1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
          await d.section('purchasing').screenshot({ path: `${SHOTS_DIR}/capture-edit-${language}-${theme}-${width}.png`, animations: 'disabled' })
        }
        await page.getByRole('link', { name: t('nav.visits') }).click()
        await page.getByRole('button', { name: t('visits.add') }).click()
        const dialog = page.getByRole('dialog')
        await dialog.getByLabel(t('visits.date')).fill('2026-11-20')
        await dialog.getByLabel(t('visits.outcome')).fill(note.text)
        await expect(dialog.getByTestId('capture-suggestion').first()).toBeVisible()
        for (const width of [1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
          await page.screenshot({ path: `${SHOTS_DIR}/capture-visit-${language}-${theme}-${width}.png`, animations: 'disabled' })
        }
      })
    }
  })
}

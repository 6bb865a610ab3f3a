import { doc, paragraph, text } from '#shared/domain/dossier/fixtures'
import { expect, test } from '../fixtures'
import { DossierPage } from '../pages/DossierPage'
import { SearchDialog } from '../pages/SearchDialog'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of quick search as issue 14 changed it: the empty box (hint, then recent searches and
// records), grouped results with a pinyin match marked in a Chinese name, and what Enter opens (a person
// on the map with the form open, a dossier paragraph flashed), in both languages and themes at two
// widths. Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/search.shots.spec.ts
test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

const FILLER = '仓库门口每天早上八点收货，叉车两台，月台三个，送货车排队时间大约半小时。'
const section = (channel: string, texts: string[]) => ({ channel, content: doc(...texts.map((t) => paragraph(text(t)))), plainText: texts.join('\n') })

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Search, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(180_000)
        await startWith(page, language, theme)
        const dossier = new DossierPage(page)
        const { accountId } = await dossier.seed(
          '华东精密机械有限公司',
          [
            { name: '张伟', title: '采购经理' },
            { name: '张海燕', title: '仓库主管' },
            { name: '赵国强', title: '总工程师' },
            { name: 'Zhang Wei (Michael)', title: 'Plant manager' }
          ],
          [
            section('gatekeeper', Array.from({ length: 30 }, (_, i) => `门卫第${i + 1}条：${FILLER}`)),
            section('warehouse', ['仓管说张经理每周一上午在仓库。', '听仓管说，冷却液供应商下个季度换成福斯，价格还没谈定。', FILLER])
          ]
        )
        const search = new SearchDialog(page)
        for (const width of [1280, 1920]) {
          const height = width === 1280 ? 800 : 1080
          await page.setViewportSize({ width, height })
          const shot = (name: string) => page.screenshot({ path: `${SHOTS_DIR}/${name}-${language}-${theme}-${width}.png` })
          await page.goto(`./#/accounts/${accountId}`)
          await page.evaluate(() => localStorage.removeItem('atlas.search.recent'))
          await page.reload()
          await page.getByRole('heading', { level: 1, name: '华东精密机械有限公司' }).waitFor()
          await page.waitForTimeout(500)
          await search.open()
          await page.waitForTimeout(400)
          await shot('search-empty')
          await search.query('zw')
          await expect(search.hits.first()).toContainText('张伟')
          await shot('search-initials')
          await search.query('张')
          await expect(search.root.getByRole('group')).not.toHaveCount(0)
          await shot('search-grouped')
          await search.query('zhangw')
          await expect(search.hits.first()).toContainText('张伟')
          await search.openFirstHit()
          await expect(page.getByTestId('stakeholder-editor')).toBeVisible()
          await page.waitForTimeout(800)
          await shot('search-opened-person')
          await search.open()
          await page.waitForTimeout(400)
          await shot('search-recent')
          await search.query('冷却液')
          await expect(search.hits.first()).toContainText('冷却液')
          await search.openFirstHit()
          await expect(page.locator('.is-flashing')).toHaveCount(1)
          await expect(page.locator('.is-flashing')).toBeInViewport()
          await shot('search-opened-dossier')
        }
      })
    }
  })
}

import { test } from '../fixtures'
import { TodayPage } from '../pages/TodayPage'
import { TIME_ZONE, shanghaiDay } from '../seeds/todayRows'
import { todaySeed } from '../seeds/todaySeed'
import { startWith } from './startWith'

// Screenshots of Today with a realistic book of 30 Chinese accounts, in both languages and themes at two
// widths. Skipped unless asked for: TODAY_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots
// PNGs go to tests/artifacts/screenshots/ (ignored by git).
const TODAY = '2025-03-12'
const OUT = 'tests/artifacts/screenshots'

test.use({ timezoneId: TIME_ZONE })
test.skip(!process.env.TODAY_SCREENSHOTS, 'set TODAY_SCREENSHOTS=1 to take the Today screenshots')

for (const language of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`Today screenshots, ${language}, ${theme}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(shanghaiDay(TODAY, 0, 9)))
      await startWith(page, language, theme)
      const today = new TodayPage(page)
      await today.open()
      await today.seed(todaySeed(TODAY))
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
        await page.getByTestId('chart-weeks').waitFor()
        await page.screenshot({ path: `${OUT}/today-${language}-${theme}-${width}.png`, animations: 'disabled' })
        // The app frame scrolls inside the window, so "full page" means a window tall enough for all of Today.
        await page.setViewportSize({ width, height: 2400 })
        await page.screenshot({ path: `${OUT}/today-${language}-${theme}-${width}-tall.png`, animations: 'disabled' })
      }
    })
  }
}

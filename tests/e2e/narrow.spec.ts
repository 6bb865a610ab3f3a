import type { Locator, Page } from '@playwright/test'
import { translate } from '#shared/i18n/translate'
import { expect, test } from './fixtures'
import { startWith } from './screenshots/startWith'
import { seedBook } from './seeds/seedBook'

// A 1024 x 768 window, the smallest the app is laid out for: the sidebar is an icon rail that the keyboard
// opens and closes, no screen scrolls sideways, the account list keeps its name and key columns, and the
// stakeholder map's coverage warnings are in view without scrolling past the graph.

test.use({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' })

const t = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key)

/** How far the window and the app's scrolling main area overflow sideways (0 when nothing does). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!
    return {
      window: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: main.scrollWidth - main.clientWidth
    }
  })
}

async function go(page: Page, hash: string) {
  await page.evaluate((hash) => {
    location.hash = hash
  }, hash)
}

/** The element lies wholly inside the window, left to right. */
async function expectInWindowWidth(locator: Locator) {
  await expect(locator).toBeVisible()
  const box = (await locator.boundingBox())!
  expect(box.x, 'starts inside the window').toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, 'ends inside the window').toBeLessThanOrEqual(1024)
}

test('at 1024 px no main screen scrolls sideways, with the sidebar as a rail and opened', async ({ page }) => {
  test.setTimeout(120_000)
  await startWith(page, 'zh-CN', 'light')
  const id = await seedBook(page)
  const screens: [string, string, () => Locator][] = [
    ['Today', '#/today', () => page.getByTestId('today-screen')],
    ['accounts', '#/accounts', () => page.getByTestId('account-row').first()],
    ['Overview', `#/accounts/${id}`, () => page.getByTestId('account-glance')],
    ['Dossier', `#/accounts/${id}/dossier`, () => page.locator('[contenteditable="true"]').first()],
    ['Stakeholders', `#/accounts/${id}/stakeholders`, () => page.getByTestId('coverage')],
    ['Visits', `#/accounts/${id}/visits`, () => page.getByTestId('visit-item').first()],
    ['Brief', `#/accounts/${id}/brief`, () => page.getByTestId('brief-preview')]
  ]
  const toggle = page.getByRole('button', { name: t('nav.sidebar.toggle') })
  for (const expanded of [false, true]) {
    if (expanded) await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', String(expanded))
    for (const [name, hash, ready] of screens) {
      await go(page, hash)
      await expect(ready()).toBeVisible()
      expect(await sidewaysOverflow(page), `${name}, sidebar ${expanded ? 'open' : 'a rail'}`).toEqual({ window: 0, main: 0 })
    }
  }
})

test('at 1024 px the account list keeps the name, stage, coverage and next-visit columns in view', async ({ page }) => {
  await startWith(page, 'zh-CN', 'light')
  await seedBook(page)
  await go(page, '#/accounts')
  const table = page.getByTestId('accounts-table')
  const firstRow = page.getByTestId('account-row').first()
  await expect(firstRow).toBeVisible()
  for (const column of ['accounts.column.name', 'accounts.column.stage', 'accounts.column.coverage', 'accounts.column.nextVisit'] as const)
    await expectInWindowWidth(table.getByRole('columnheader', { name: t(column), exact: true }))
  await expectInWindowWidth(firstRow.getByRole('link').first())
  await expectInWindowWidth(firstRow.getByTestId('coverage-cell'))
  // The lowest-priority column, last activity, gave way.
  await expect(table.getByRole('columnheader', { name: t('accounts.column.activity'), exact: true })).toBeHidden()
  expect((await sidewaysOverflow(page)).main).toBe(0)

  // At 1920 every column shows.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(table.getByRole('columnheader', { name: t('accounts.column.activity'), exact: true })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: t('accounts.column.qualified'), exact: true })).toBeVisible()
})

test('the sidebar collapses to an icon rail and opens again from the keyboard, and a wide window remembers the choice', async ({ page }) => {
  await startWith(page, 'zh-CN', 'light')
  await page.goto('./#/accounts')
  const sidebar = page.getByRole('navigation', { name: t('nav.main') })
  const toggle = page.getByRole('button', { name: t('nav.sidebar.toggle') })
  const width = async () => (await sidebar.boundingBox())!.width

  // Narrow: a rail of icons whose buttons keep their names.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(await width()).toBeLessThan(64)
  await expect(sidebar.getByRole('button', { name: t('nav.accounts') })).toBeVisible()
  await expect(sidebar.getByText(t('nav.workspace'))).toBeHidden()

  // Tab to the toggle (no mouse), open with Enter, close with Space.
  for (let presses = 0; presses < 12 && !(await toggle.evaluate((el) => el === document.activeElement)); presses++)
    await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(sidebar.getByText(t('nav.workspace'))).toBeVisible()
  expect(await width()).toBeGreaterThan(200)
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle).toBeFocused()

  // Wide: open by default; collapsed, it stays collapsed after a restart.
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await toggle.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await page.reload()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(await width()).toBeLessThan(64)
})

test('at 1024 px the coverage warnings show beside or above the map, without scrolling past it', async ({ page }) => {
  await startWith(page, 'zh-CN', 'light')
  const id = await seedBook(page)
  await go(page, `#/accounts/${id}/stakeholders`)
  await expect(page.getByTestId('graph-node').first()).toBeAttached()
  const coverage = page.getByTestId('coverage')
  const canvas = page.locator('.sh-graph-frame')
  for (const expanded of [false, true]) {
    const toggle = page.getByRole('button', { name: t('nav.sidebar.toggle') })
    if (expanded) await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', String(expanded))
    await expect(coverage.getByTestId('coverage-warning').first()).toBeInViewport()
    const warnings = (await coverage.boundingBox())!
    const graph = (await canvas.boundingBox())!
    // Its top is in the window, and it starts above the graph's bottom edge (beside it or above it).
    expect(warnings.y).toBeLessThan(768)
    expect(warnings.y).toBeLessThan(graph.y + graph.height)
    expect((await sidewaysOverflow(page)).main).toBe(0)
  }
})

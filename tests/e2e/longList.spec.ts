import { emptyAccountDraft } from '#shared/schemas'
import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const COUNT = 1000
const NOW = Date.now()
// Newest activity first (the list's default order): account 1 at the top, account 1000 at the bottom.
const accounts = Array.from({ length: COUNT }, (_, i) => ({
  ...emptyAccountDraft(),
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `苏州精密机械有限公司 ${i + 1}`,
  industry: i % 2 ? '汽车零部件' : '',
  createdAt: NOW - i * 3_600_000,
  updatedAt: NOW - i * 3_600_000,
  deletedAt: null
}))

test('a rep scrolls a 1,000-account list and opens the last account from the keyboard', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await app.putRawRows('accounts', accounts)
  await app.reload()
  await expect(page.getByText(/共 1,?000 个客户/)).toBeVisible()

  const rows = page.getByTestId('account-row')
  await expect(rows.first()).toContainText('苏州精密机械有限公司 1')
  // Only the rows near the viewport are drawn, however long the list.
  expect(await rows.count()).toBeLessThan(80)

  // Scrolling with the wheel brings the bottom of the list into the DOM, still a window's worth of rows.
  const firstRow = rows.first()
  await firstRow.hover()
  for (let i = 0; i < 40 && !(await page.getByRole('link', { name: '苏州精密机械有限公司 1000', exact: true }).isVisible()); i++) {
    await page.mouse.wheel(0, 3000)
  }
  await expect(page.getByRole('link', { name: '苏州精密机械有限公司 1000', exact: true })).toBeVisible()
  expect(await rows.count()).toBeLessThan(80)

  // Back to the top from the keyboard: Home on a row's link goes to the first account, End to the last.
  const link = (n: number) => page.getByRole('link', { name: `苏州精密机械有限公司 ${n}`, exact: true })
  await link(1000).focus()
  await page.keyboard.press('Home')
  await expect(link(1)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(link(2)).toBeFocused()
  await page.keyboard.press('End')
  await expect(link(1000)).toBeFocused()
  await expect(link(1000)).toBeInViewport()
  await page.keyboard.press('ArrowUp')
  await expect(link(999)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '苏州精密机械有限公司 1000', level: 1 })).toBeVisible()
})

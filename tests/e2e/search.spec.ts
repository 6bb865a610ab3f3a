import { expect, test } from './fixtures'
import { join } from 'node:path'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

test('Ctrl+K finds people, visits and competitors by any Chinese phrase and opens the right tab', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  // Restore a backup so there is something to find.
  await page.getByRole('button', { name: '设置' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '导入备份…' }).click()
  await (await chooser).setFiles(join(import.meta.dirname, '..', 'fixtures', 'backup.valid.json'))
  await expect(page.getByText(/备份已导入/)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(app.row('华东精密机械有限公司')).toBeVisible()
  await app.screenshot('accounts-list-restored.zh-CN')

  await page.keyboard.press('Control+k')
  const search = page.getByTestId('search')
  await expect(search.getByText('输入公司名、人名')).toBeVisible()
  const box = search.getByRole('combobox')
  await box.fill('采购部长')
  await expect(search.getByTestId('search-hit')).toHaveCount(1)
  await expect(search.getByTestId('search-hit')).toContainText('李娜')
  await expect(search.getByTestId('search-hit')).toContainText('华东精密机械有限公司')
  await app.screenshot('search.zh-CN')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '华东精密机械有限公司' })).toBeVisible()
  await expect(page).toHaveURL(/\/stakeholders$/)

  await page.keyboard.press('Control+k')
  await search.getByRole('combobox').fill('深沟球')
  await expect(search.getByTestId('search-hit')).toHaveCount(1)
  await expect(search.getByTestId('search-hit')).toContainText('竞争对手')
  await search.getByRole('combobox').fill('样品已交')
  await expect(search.getByTestId('search-hit')).toContainText('送样')
  await search.getByTestId('search-hit').click()
  await expect(page).toHaveURL(/\/visits$/)

  await page.keyboard.press('Control+k')
  await search.getByRole('combobox').fill('齿轮箱')
  await expect(search.getByText('没有找到包含“齿轮箱”的内容。')).toBeVisible()
})

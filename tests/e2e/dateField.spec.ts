import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { VisitsPage } from './pages/VisitsPage'

// The computer speaks American English; the rep chose Chinese in the app. Chromium's own date input would
// follow the computer (mm/dd/yyyy); the app's date field follows the UI language.
test.use({ locale: 'en-US' })

test('under the Chinese UI on an en-US computer, dates are typed and shown the Chinese way', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('atlas.language', 'zh-CN'))
  const app = new AccountsApp(page)
  await app.open()
  await app.startNewAccount('新建第一个客户')
  await app.createAccount({ label: '公司名称', value: '苏州恒力机械' }, { saveLabel: '保存' })

  const visits = new VisitsPage(page)
  await visits.open()
  await page.getByRole('button', { name: '记录拜访' }).click()
  const dialog = visits.dialog('记录拜访')
  const date = dialog.getByRole('textbox', { name: '日期', exact: true })
  await expect(date).toHaveAttribute('type', 'text')
  await expect(date).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(dialog.getByRole('button', { name: '从日历中选择' })).toBeVisible()

  // mm/dd/yyyy is not how a Chinese rep writes a date: the field says what it takes.
  await date.fill('12/05/2026')
  await date.blur()
  await expect(dialog.getByText('请填写有效的日期，如 2026-12-05 或 2026年12月5日。')).toBeVisible()

  await date.fill('2026-11-05')
  await date.blur()
  await expect(date).toHaveValue('2026年11月5日')
  await expect(dialog.getByText('请填写有效的日期')).toHaveCount(0)
  await date.fill('2026年11月6日')
  await date.blur()
  await expect(date).toHaveValue('2026年11月6日')
  await dialog.getByLabel('拜访目标').fill('认识采购部长')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(visits.visits).toContainText('2026年11月6日')
})

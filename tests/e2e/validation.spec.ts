import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

test('bad input gets a clear message and nothing is saved half-way', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: '新建第一个客户' }).click()

  // Required name empty.
  await app.fill({ 所属行业: '机床' })
  await app.save('保存')
  await expect(page.getByText('此项为必填。')).toBeVisible()
  await expect(page.getByText('请修改标出的字段，目前还没有保存任何内容。')).toBeVisible()
  await expect(app.field('公司名称')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.field('公司名称')).toBeFocused()

  // A 10,000-character name.
  await app.field('公司名称').fill('长'.repeat(10_000))
  await app.save('保存')
  await expect(page.getByText('内容过长，最多 120 个字符。')).toBeVisible()

  // A negative employee count.
  await app.fill({ 公司名称: '华东精密', 员工人数: '-5' })
  await app.save('保存')
  await expect(page.getByText('不能为负数。')).toBeVisible()
  await app.screenshot('validation.zh-CN')

  // Nothing was stored: leaving asks about unsaved changes, and the list is still empty.
  await page.getByRole('button', { name: '客户' }).first().click()
  await expect(page.getByRole('dialog', { name: '放弃修改？' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: '放弃' }).click()
  await app.reload()
  await expect(page.getByRole('heading', { name: '还没有客户' })).toBeVisible()
})

test('a stored record that fails its schema is reported, not a white screen', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: '新建第一个客户' }).click()
  await app.fill({ 公司名称: '北方重工集团' })
  await app.save('保存')
  await expect(page.getByRole('heading', { level: 1, name: '北方重工集团' })).toBeVisible()

  await app.putRawRow('accounts', { id: '3f1e2d4c-5b6a-4789-8abc-def012345678', name: 42, updatedAt: 'yesterday', deletedAt: null })
  await page.goto('./#/accounts')
  await app.reload()
  await expect(page.getByRole('alert').filter({ hasText: '有 1 条本地记录无法读取' })).toBeVisible()
  await expect(app.row('北方重工集团')).toBeVisible()

  // Opening the damaged record directly reports it too.
  await page.goto('./#/accounts/3f1e2d4c-5b6a-4789-8abc-def012345678')
  await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toBeVisible()
  await app.screenshot('invalid-record.zh-CN')
})

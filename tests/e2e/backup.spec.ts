import { expect, test } from './fixtures'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

test('a rep restores a backup, is told clearly when a file is bad, and exports a backup', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: '设置' }).click()
  const settings = page.getByRole('dialog', { name: '设置' })

  const importFile = async (name: string) => {
    const chooser = page.waitForEvent('filechooser')
    await settings.getByRole('button', { name: '导入备份…' }).click()
    await (await chooser).setFiles(join(FIXTURES, name))
  }

  await importFile('backup.invalid.json')
  await expect(settings.getByRole('alert')).toHaveText('备份中 tables.accounts.0.employees 处的数据无效（不能为负数。），未导入任何内容。')
  await app.screenshot('backup-invalid.zh-CN')

  await importFile('backup.valid.json')
  await expect(page.getByText('备份已导入：新增 6 条，更新 0 条，0 条已是最新。')).toBeVisible()
  await expect(settings.getByRole('alert')).toHaveCount(0)

  await importFile('backup.valid.json')
  await expect(page.getByText('备份已导入：新增 0 条，更新 0 条，6 条已是最新。')).toBeVisible()

  const download = page.waitForEvent('download')
  await settings.getByRole('button', { name: '导出备份…' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(readFileSync(file, 'utf8'))
  expect(exported.format).toBe('account-atlas-backup')
  expect(exported.tables.accounts.map((a: { name: string }) => a.name)).toEqual(['华东精密机械有限公司'])
  expect(exported.tables.stakeholders).toHaveLength(2)

  await page.keyboard.press('Escape')
  await expect(app.row('华东精密机械有限公司')).toBeVisible()
  await app.openAccount('华东精密机械有限公司')
  await page.getByRole('link', { name: '拜访' }).click()
  await expect(page.getByTestId('visit-item')).toContainText('送样')
})

import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { BackupPage } from './pages/BackupPage'
import { VisitsPage } from './pages/VisitsPage'

test.use({ locale: 'zh-CN' })

test('a rep restores a backup, is told clearly when a file is bad, and exports a backup', async ({ page }) => {
  const app = new AccountsApp(page)
  const backup = new BackupPage(page)
  await app.open()
  await backup.openSettings()

  await backup.importFile('backup.invalid.json')
  await expect(backup.error).toHaveText('备份文件中第 1 个客户的“员工人数”不能是负数，未导入任何内容。')
  await app.screenshot('backup-invalid.zh-CN')

  await backup.importFile('backup.valid.json')
  // The preview names what the file holds against what is here (nothing yet): one account, two people.
  await expect(backup.preview.getByRole('row', { name: /客户/ })).toContainText('1')
  await expect(backup.preview.getByRole('row', { name: /人物/ })).toContainText('2')
  await backup.merge()
  await expect(backup.imported({ added: 6, updated: 0, current: 0 })).toBeVisible()
  await expect(backup.error).toHaveCount(0)

  await backup.importFile('backup.valid.json')
  await backup.merge()
  await expect(backup.imported({ added: 0, updated: 0, current: 6 })).toBeVisible()

  const exported = await backup.export()
  expect(exported.name).toMatch(/^account-atlas-backup-\d{4}-\d{2}-\d{2}\.zip$/)
  expect(exported.entries[0]).toBe('manifest.json')
  expect(exported.format).toBe('account-atlas-backup')
  expect(exported.tables.accounts!.map((a) => a.name)).toEqual(['华东精密机械有限公司'])
  expect(exported.tables.stakeholders).toHaveLength(2)

  await backup.close()
  await expect(app.row('华东精密机械有限公司')).toBeVisible()
  await app.openAccount('华东精密机械有限公司')
  await new VisitsPage(page).open()
  await expect(new VisitsPage(page).visits).toContainText('送样')
})

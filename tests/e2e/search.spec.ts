import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { BackupPage } from './pages/BackupPage'
import { SearchDialog } from './pages/SearchDialog'
import { StakeholdersPage } from './pages/StakeholdersPage'

test.use({ locale: 'zh-CN' })

test('Ctrl+K finds people, visits and competitors by any Chinese phrase and opens the right tab', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  // Restore a backup so there is something to find.
  await new BackupPage(page).restore('backup.valid.json')
  await expect(app.row('华东精密机械有限公司')).toBeVisible()
  await app.screenshot('accounts-list-restored.zh-CN')

  const search = new SearchDialog(page)
  await search.open()
  await expect(search.text('输入公司名、人名')).toBeVisible()
  await search.query('采购部长')
  await expect(search.hits).toHaveCount(1)
  await expect(search.hits).toContainText('李娜')
  await expect(search.hits).toContainText('华东精密机械有限公司')
  await app.screenshot('search.zh-CN')
  await search.openFirstHit()
  await expect(app.heading('华东精密机械有限公司')).toBeVisible()
  await expect(page).toHaveURL(/\/stakeholders$/)

  await search.open()
  await search.query('深沟球')
  await expect(search.hits).toHaveCount(1)
  await expect(search.root.getByRole('group', { name: '竞争对手' })).toContainText('深沟球')
  await search.query('样品已交')
  await expect(search.hits).toContainText('送样')
  await search.hits.click()
  await expect(page).toHaveURL(/\/visits$/)
  // The visit opens in its editor; closing it leaves the visits tab.
  await expect(page.getByRole('dialog', { name: '编辑拜访' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await search.open()
  await search.query('齿轮箱')
  await expect(search.text('没有找到包含“齿轮箱”的内容。')).toBeVisible()
})

test('a person edited in another window while search is open shows up in the next query', async ({ page, context }) => {
  const app = new AccountsApp(page)
  await app.open()
  await new BackupPage(page).restore('backup.valid.json')
  const search = new SearchDialog(page)
  await search.open()
  await search.query('采购部长')
  await expect(search.hits).toContainText('李娜')
  await search.openFirstHit()
  const accountId = /accounts\/([0-9a-f-]{36})/.exec(page.url())![1]!

  await search.open()
  await search.query('采购总监')
  await expect(search.text('没有找到包含“采购总监”的内容。')).toBeVisible()

  // The same app in a second window: its write reaches the first window's search worker by broadcast.
  const other = new StakeholdersPage(await context.newPage())
  await other.open(accountId)
  await other.openPerson('李娜')
  await other.fillPerson({ title: '采购总监' })
  await other.editor.getByRole('button', { name: '保存人物' }).click()
  await expect(other.page.getByText('李娜 的修改已保存')).toBeVisible()

  await expect(search.hits).toContainText('李娜')
  await search.query('李娜 总监')
  await expect(search.hits).toHaveCount(1)
})

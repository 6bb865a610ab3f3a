import { join } from 'node:path'
import { expect, test } from './fixtures'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'

test.use({ locale: 'zh-CN' })

// Files as Chinese Excel and an Android phone write them (tests/fixtures/contacts, checked one by one in the corpus test).
const CONTACTS = join(import.meta.dirname, '..', 'fixtures', 'contacts')

async function importFile(map: StakeholdersPage, file: string) {
  const chooser = map.page.waitForEvent('filechooser')
  await map.page.getByRole('button', { name: '导入联系人…' }).click()
  await (await chooser).setFiles(join(CONTACTS, file))
  const dialog = map.page.getByRole('dialog', { name: '导入联系人' })
  await expect(dialog.getByRole('list', { name: /./ })).toBeVisible()
  return dialog
}

const live = async (map: StakeholdersPage) => (await storedRows(map.page, 'stakeholders')).filter((p) => p.deletedAt === null)

test('a GBK spreadsheet from Excel: columns guessed from Chinese headers, the duplicate merged, the row without a name listed, all undone at once', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密', [{ name: '王建国', title: '采购经理', department: '采购部', phone: '13800138000', roles: ['buyer'] }])

  const dialog = await importFile(map, 'excel-zh-gbk-duplicate.csv')
  await expect(dialog).toContainText('excel-zh-gbk-duplicate.csv · CSV · 4 行 · GB18030')
  await expect(dialog.getByRole('combobox', { name: '手机' })).toHaveValue('3')
  await expect(dialog).toContainText('与 王建国 手机号相同')
  await expect(dialog).toContainText('第 4 行：没有姓名')
  await expect(dialog).toContainText('新增 2 · 合并 1 · 跳过 0 · 问题行 1 条')
  await dialog.getByRole('button', { name: '导入 3 人' }).click()

  await expect(page.getByText('已导入到 华东精密：新增 2 人，合并 1 人，1 条问题行未导入')).toBeVisible()
  await expect(map.rows).toHaveCount(3)
  await expect(map.row('陈静')).toContainText('质量工程师 · 质量部')
  // The buying role each title suggests, as the stakeholder editor would.
  await expect(map.row('陈静')).toContainText('技术把关者')
  await expect(map.row('周强')).toContainText('使用者')
  const stored = await live(map)
  expect(stored.find((p) => p.name === '王建国')).toMatchObject({ email: 'wangjg@hdjm.cn', phone: '13800138000', title: '采购经理' })
  expect(stored.find((p) => p.name === '周强')).toMatchObject({ phone: '13599998888', department: '设备部' })

  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(map.rows).toHaveCount(1)
  await map.app.reload()
  await expect(map.rows).toHaveCount(1)
  expect((await live(map)).map((p) => [p.name, p.email])).toEqual([['王建国', '']])
})

test('an Android vCard (2.1, quoted-printable UTF-8, photos) into a new account named from its cards', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('苏州恒力', [])

  const dialog = await importFile(map, 'android-2.1-qp-utf8.vcf')
  await dialog.getByRole('combobox', { name: '导入到客户' }).selectOption({ label: '新建客户…' })
  await expect(dialog.getByRole('textbox', { name: /新客户名称/ })).toHaveValue('华东精密')
  await dialog.getByRole('button', { name: '导入 3 人' }).click()

  await expect(page.getByRole('heading', { level: 1, name: '华东精密' })).toBeVisible()
  await expect(map.rows).toHaveCount(3)
  await expect(map.row('刘芳')).toContainText('财务经理 · 财务部')
  await expect(map.row('刘芳')).toContainText('财务把关者')
  await map.app.reload()
  await expect(map.rows).toHaveCount(3)
})

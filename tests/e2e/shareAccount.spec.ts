import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'

test.use({ locale: 'zh-CN' })

/** Saves the account as a file from its Overview (a download in the browser edition) and returns its path. */
async function shareAccount(page: Page, accountId: string): Promise<string> {
  await page.goto(`./#/accounts/${accountId}`)
  await page.getByRole('button', { name: '导出为文件…' }).click()
  const dialog = page.getByRole('dialog', { name: /把 .* 导出为文件/ })
  await expect(dialog.getByRole('checkbox', { name: '包含人物的私密备注' })).not.toBeChecked()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '保存' }).click()
  return (await (await download).path())!
}

async function importAccountFile(page: Page, path: string) {
  await page.goto('./#/accounts')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '导入客户文件…' }).first().click()
  await (await chooser).setFiles(path)
  const preview = page.getByRole('dialog', { name: '导入同事的客户：华东精密' })
  await expect(preview).toBeVisible()
  return preview
}

async function retitle(map: StakeholdersPage, accountId: string, name: string, title: string) {
  await map.open(accountId)
  await map.openPerson(name)
  await map.editorField('职务').fill(title)
  await map.savePerson(name)
}

test('an account handed to a colleague and back: the newer file changes only what changed, the colleague’s newer edit stays, private notes stay home', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const rep = new StakeholdersPage(page)
  const { accountId } = await rep.seed('华东精密', [
    { name: '王建国', title: '采购经理', department: '采购部', roles: ['buyer'], sensitiveNotes: '孩子在读高三' },
    { name: '刘芳', title: '财务经理', department: '财务部', roles: ['finance'] }
  ])
  const first = await shareAccount(page, accountId)

  // The colleague's browser profile: its own, empty database.
  const other = await browser.newContext({ locale: 'zh-CN' })
  const colleaguePage = await other.newPage()
  const colleague = new StakeholdersPage(colleaguePage)
  await colleague.app.open()
  let preview = await importAccountFile(colleaguePage, first)
  await expect(preview.getByTestId('share-summary')).toHaveText('新增 3 · 更新 0 · 保留你的 0 · 未变 0')
  await preview.getByRole('button', { name: '导入', exact: true }).click()
  await expect(colleaguePage.getByText('已导入 华东精密：新增 3 条，更新 0 条，保留你的 0 条')).toBeVisible()
  expect((await storedRows(colleaguePage, 'stakeholders')).map((p) => [p.name, p.sensitiveNotes]).sort()).toEqual([
    ['刘芳', ''],
    ['王建国', '']
  ])

  // The colleague changes 刘芳; later the rep changes 王建国 and sends a newer file.
  await retitle(colleague, accountId, '刘芳', '财务总监')
  await retitle(rep, accountId, '王建国', '采购总监')
  const second = await shareAccount(page, accountId)

  preview = await importAccountFile(colleaguePage, second)
  await expect(preview.getByTestId('share-summary')).toHaveText('新增 0 · 更新 1 · 保留你的 1 · 未变 1')
  await expect(preview.getByTestId('share-changes')).toContainText('王建国')
  await expect(preview.getByTestId('share-changes')).toContainText('改动：职务')
  await expect(preview.getByTestId('share-keptLocal')).toContainText('刘芳')
  await expect(preview.getByTestId('share-new')).toHaveCount(0)
  await preview.getByRole('button', { name: '导入', exact: true }).click()
  await expect(colleaguePage.getByText('已导入 华东精密：新增 0 条，更新 1 条，保留你的 1 条')).toBeVisible()
  await colleague.open(accountId)
  await expect(colleague.row('王建国')).toContainText('采购总监')
  await expect(colleague.row('刘芳')).toContainText('财务总监')
  await other.close()
})

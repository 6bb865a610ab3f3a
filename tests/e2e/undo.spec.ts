import { randomUUID } from 'node:crypto'
import { expect, test } from './fixtures'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'

test.use({ locale: 'zh-CN' })

const PEOPLE = [
  { name: '王建国', title: '总经理', department: '总经办', roles: ['decisionMaker'], stance: 'supporter', influence: 'high' },
  { name: '李娜', title: '采购部经理', department: '采购部', roles: ['buyer'], stance: 'neutral', influence: 'medium' },
  { name: '赵刚', title: '技术部主任', department: '技术部', roles: ['technicalEvaluator'], stance: 'neutral', influence: 'medium' }
]

/** 王建国 with 李娜 reporting to them, 赵刚 as an ally, and one stance change on their timeline. */
async function seedMap(map: StakeholdersPage) {
  return map.seed('华东精密机械有限公司', PEOPLE, async (accountId, ids) => {
    const now = Date.now()
    const meta = { accountId, createdAt: now - 1000, updatedAt: now - 1000, deletedAt: null }
    const boss = ids.get('王建国')!
    await map.app.putRawRows('relationships', [
      { ...meta, id: randomUUID(), fromId: ids.get('李娜')!, toId: boss, kind: 'reportsTo', note: '' },
      { ...meta, id: randomUUID(), fromId: ids.get('赵刚')!, toId: boss, kind: 'ally', note: '' }
    ])
    await map.app.putRawRows('stakeholderChanges', [
      { ...meta, id: randomUUID(), stakeholderId: boss, at: now - 86_400_000, field: 'stance', from: 'neutral', to: 'supporter', reason: '试机满意', findingIds: [] }
    ])
  })
}

test('Delete on a person on the map asks first, and Ctrl+Z brings them back with their links and history (keyboard only)', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedMap(map)
  await expect(map.nodes).toHaveCount(3)

  // Delete asks, naming the person; Esc keeps them and focus stays on their node.
  await map.deleteFromKeyboard('王建国')
  const dialog = page.getByRole('dialog', { name: '删除 王建国？' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(map.node('王建国')).toBeFocused()
  await expect(map.nodes).toHaveCount(3)

  // Delete again, Enter confirms (the confirm button has focus).
  await page.keyboard.press('Delete')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText('已删除 王建国')).toBeVisible()
  await expect(map.nodes).toHaveCount(2)
  await expect(map.rows).toHaveCount(2)
  // Focus is back on the map, not lost to the page.
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'graph-node')
  await expect.poll(async () => (await storedRows(page, 'relationships')).filter((r) => r.deletedAt === null).length).toBe(0)

  await page.keyboard.press('Control+z')
  await expect(page.getByText('已撤销：删除 王建国')).toBeVisible()
  await expect(map.nodes).toHaveCount(3)
  await expect(map.rows).toHaveCount(3)
  await expect.poll(async () => (await storedRows(page, 'relationships')).filter((r) => r.deletedAt === null).length).toBe(2)

  // Their panel lists both links and the stance change again.
  await map.node('王建国').focus()
  await page.keyboard.press('Enter')
  await expect(map.links.getByRole('listitem')).toHaveCount(2)
  await expect(map.links).toContainText('李娜')
  await expect(map.links).toContainText('赵刚')
  await expect(map.timeline).toHaveCount(1)
  await expect(map.timeline).toContainText('试机满意')

  // Nothing left to undo.
  await map.node('王建国').focus()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('没有可撤销的操作')).toBeVisible()
})

test('Ctrl+Z inside a text field is the field’s own: the deleted person stays deleted', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedMap(map)
  await map.deleteFromKeyboard('赵刚')
  await page.keyboard.press('Enter')
  await expect(map.nodes).toHaveCount(2)

  await map.node('李娜').focus()
  await page.keyboard.press('Enter')
  const name = map.editorField('姓名')
  await name.focus()
  await page.keyboard.type('经理')
  await page.keyboard.press('Control+z')
  await expect(page.getByText('已撤销：删除 赵刚')).toHaveCount(0)
  await expect(map.nodes).toHaveCount(2)
})

test('back with unsaved edits to a person asks; cancel keeps the text and the address, discard goes back', async ({ page }) => {
  const map = new StakeholdersPage(page)
  const { accountId } = await seedMap(map)
  // Come to the map from the account list, so Back has somewhere to go.
  await page.goto('./#/accounts')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await map.open(accountId)

  await map.node('李娜').focus()
  await page.keyboard.press('Enter')
  const name = map.editorField('姓名')
  await name.fill('李娜娜')
  await page.goBack()
  const dialog = page.getByRole('dialog', { name: '放弃修改？' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()
  await expect(name).toHaveValue('李娜娜')
  expect(page.url()).toContain(`#/accounts/${accountId}/stakeholders`)

  await page.goBack()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '放弃' }).click()
  await expect(page).toHaveURL(/#\/accounts$/)
  expect((await storedRows(page, 'stakeholders')).map((r) => r.name)).not.toContain('李娜娜')
})

import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const DAMAGED_ID = '3f1e2d4c-5b6a-4789-8abc-def012345678'

test('bad input gets a clear message and nothing is saved half-way', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await app.startNewAccount('新建第一个客户')

  // Required name empty.
  await app.fill({ 所属行业: '机床' })
  await app.save('保存')
  await expect(app.text('此项为必填。')).toBeVisible()
  await expect(app.text('请修改标出的字段，目前还没有保存任何内容。')).toBeVisible()
  await expect(app.field('公司名称')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.field('公司名称')).toBeFocused()

  // A 10,000-character name.
  await app.field('公司名称').fill('长'.repeat(10_000))
  await app.save('保存')
  await expect(app.text('内容过长，最多 120 个字符。')).toBeVisible()

  // A negative employee count.
  await app.fill({ 公司名称: '华东精密', 员工人数: '-5' })
  await app.save('保存')
  await expect(app.text('不能为负数。')).toBeVisible()
  await app.screenshot('validation.zh-CN')

  // Nothing was stored: leaving asks about unsaved changes, and the list is still empty.
  await app.goToList('客户')
  await expect(app.dialog('放弃修改？')).toBeVisible()
  await app.confirm('放弃')
  await app.reload()
  await expect(app.title('还没有客户')).toBeVisible()
})

test('a stored record that fails its schema is reported, not a white screen', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await app.startNewAccount('新建第一个客户')
  await app.createAccount({ label: '公司名称', value: '北方重工集团' }, { saveLabel: '保存' })

  await app.putRawRow('accounts', { id: DAMAGED_ID, name: 42, updatedAt: 'yesterday', deletedAt: null })
  await app.openList()
  await app.reload()
  await expect(app.alert('有 1 条本地记录无法读取')).toBeVisible()
  await expect(app.row('北方重工集团')).toBeVisible()

  // Opening the damaged record directly reports it too.
  await app.openAccountById(DAMAGED_ID)
  await expect(app.alert('无法读取')).toBeVisible()
  await app.screenshot('invalid-record.zh-CN')
})

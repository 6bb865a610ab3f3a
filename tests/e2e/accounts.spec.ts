import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const CJK = /[\u3400-\u9fff]/

test('a rep creates, reloads, edits, deletes with undo, and deletes a Chinese account for good', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()

  // The OS locale is Chinese, so the app starts in Chinese with an empty state that explains accounts.
  await expect(page.getByRole('heading', { name: '还没有客户' })).toBeVisible()
  await expect(page.getByText('一个客户就是你正在开发的一家公司')).toBeVisible()
  await app.screenshot('accounts-empty.zh-CN')

  await page.getByRole('button', { name: '新建第一个客户' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '新建客户' })).toBeVisible()
  await app.fill({
    公司名称: '华东精密机械有限公司',
    所属行业: '机床制造',
    地址: '江苏省苏州市工业园区星湖街 88 号',
    员工人数: '1,200',
    '年营业额（万元）': '35000',
    主要产品: '数控车床、加工中心',
    信息来源: '展会',
    负责部门: '采购部',
    负责人: '王经理',
    '电话 / 分机': '0512-6688 8001 转 203'
  })
  await app.select('企业性质', '民营')
  await app.select('客户分选', '目标型')
  await expect(page.getByText('结算条件、经营状况、服务要求、用量和质量要求都能接受。')).toBeVisible()
  await app.select('客户定位', '中线客户')
  await app.select('销售阶段', '验证需求')

  // The verdict follows the ticked boxes.
  await expect(app.verdict).toContainText('暂不合格')
  await page.getByLabel('对方生产工艺与我们匹配').check()
  await page.getByLabel('资信良好').check()
  await expect(app.verdict).toContainText('条件匹配，尚未打通关系')
  await page.getByLabel('已接触产品使用部门').check()
  await page.getByLabel('已接触采购决策人').check()
  await expect(app.verdict).toContainText('条件匹配')
  await page.getByLabel('确有需求').check()
  await expect(app.verdict).toContainText('合格的准客户')
  await app.screenshot('account-new.zh-CN')

  await app.save('保存')
  await expect(page.getByRole('heading', { level: 1, name: '华东精密机械有限公司' })).toBeVisible()
  await expect(page.getByText('客户已创建')).toBeVisible()

  // Reload: every field is still there.
  await app.reload()
  await expect(page.getByRole('heading', { level: 1, name: '华东精密机械有限公司' })).toBeVisible()
  await expect(app.field('所属行业')).toHaveValue('机床制造')
  await expect(app.field('地址')).toHaveValue('江苏省苏州市工业园区星湖街 88 号')
  await expect(app.field('员工人数')).toHaveValue('1200')
  await expect(app.field('年营业额（万元）')).toHaveValue('35000')
  await expect(app.field('主要产品')).toHaveValue('数控车床、加工中心')
  await expect(app.field('负责人')).toHaveValue('王经理')
  await expect(app.field('电话 / 分机')).toHaveValue('0512-6688 8001 转 203')
  await expect(app.field('企业性质')).toHaveValue('private')
  await expect(app.field('客户分选')).toHaveValue('target')
  await expect(app.field('客户定位')).toHaveValue('medium')
  await expect(app.field('销售阶段')).toHaveValue('verifyNeeds')
  await expect(page.getByLabel('确有需求')).toBeChecked()
  await expect(app.verdict).toContainText('合格的准客户')
  await app.screenshot('account-page.zh-CN')

  // Edit, save with Ctrl+S, reload.
  await app.fill({ 所属行业: '数控机床' })
  await page.keyboard.press('Control+s')
  await expect(page.getByText('修改已保存')).toBeVisible()
  await app.reload()
  await expect(app.field('所属行业')).toHaveValue('数控机床')

  // The list shows it with its classification, stage and verdict.
  await page.getByRole('button', { name: '客户' }).first().click()
  await expect(app.rows).toHaveCount(1)
  await expect(app.row('华东精密机械有限公司')).toContainText('目标型')
  await expect(app.row('华东精密机械有限公司')).toContainText('验证需求')
  await expect(app.row('华东精密机械有限公司')).toContainText('合格的准客户')
  await app.screenshot('accounts-list.zh-CN')

  // Delete, confirm, undo.
  await app.openAccount('华东精密机械有限公司')
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await expect(page.getByRole('dialog', { name: '删除这个客户？' })).toBeVisible()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('已删除“华东精密机械有限公司”')).toBeVisible()
  await expect(app.rows).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(app.rows).toHaveCount(1)

  // Delete for good: let the undo window pass, reload, it stays gone.
  await app.row('华东精密机械有限公司').getByRole('button', { name: /删除/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('已删除“华东精密机械有限公司”')).toBeVisible()
  await expect(page.getByText('已删除“华东精密机械有限公司”')).toBeHidden({ timeout: 15_000 })
  await app.reload()
  await expect(page.getByRole('heading', { name: '还没有客户' })).toBeVisible()

  // Switch to English: the whole screen is English (the language switch names Chinese in Chinese, by design).
  await page.getByRole('radio', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible()
  const visibleText = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement
    clone.querySelectorAll('[role="radiogroup"]').forEach((el) => el.remove())
    return clone.innerText
  })
  expect(visibleText).not.toMatch(CJK)
  await app.screenshot('accounts-empty.en')

  // The choice is remembered.
  await app.reload()
  await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible()
})

test('Ctrl+N opens a new account and the English account page explains each picker', async ({ page }) => {
  const app = new AccountsApp(page)
  await page.addInitScript(() => localStorage.setItem('atlas.language', 'en'))
  await app.open()
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('heading', { level: 1, name: 'New account' })).toBeVisible()
  await app.fill({ 'Company name': 'Apex Bearings GmbH', Industry: 'Bearings' })
  await app.select('Positioning', 'Short-line')
  await expect(page.getByText('Deal soon (small private, price-sensitive firms). Revisit weekly.')).toBeVisible()
  await app.select('Classification', 'Watch')
  await page.getByLabel('A project is known').check()
  await page.getByLabel('Healthy scale and operations').check()
  await expect(app.verdict).toContainText('Fits, but no access yet')
  await app.screenshot('account-new.en')
  await app.save('Save')
  await expect(page.getByRole('heading', { level: 1, name: 'Apex Bearings GmbH' })).toBeVisible()
  await app.screenshot('account-page.en')
})

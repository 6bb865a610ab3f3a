import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const CJK = /[\u3400-\u9fff]/
const NAME = '华东精密机械有限公司'
const QUALIFIED = {
  productFitsIndustry: true, projectKnown: true, technologyMatches: true, goodCredit: true,
  healthyOperations: true, talksToUsingDepartment: true, talksToDecisionMaker: true, needConfirmed: true
}
/** An account as the form would have stored it: target, verifying needs, every qualification box ticked. */
const STORED = { name: NAME, industry: '机床制造', classification: 'target', stage: 'verifyNeeds', qualification: QUALIFIED } as const

test('a rep creates a Chinese account whose verdict follows the boxes, and every field survives a reload', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()

  // The OS locale is Chinese, so the app starts in Chinese with an empty state that explains accounts.
  await expect(app.title('还没有客户')).toBeVisible()
  await expect(app.text('一个客户就是你正在开发的一家公司')).toBeVisible()
  await app.screenshot('accounts-empty.zh-CN')

  await app.startNewAccount('新建第一个客户', '新建客户')
  await app.fill({
    公司名称: NAME,
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
  await app.select('客户分类', '目标型')
  await expect(app.text('结算条件、经营状况、服务要求、用量和质量要求都能接受。')).toBeVisible()
  await app.select('客户定位', '中线客户')
  await app.select('销售阶段', '验证需求')

  // The verdict follows the ticked boxes.
  await expect(app.verdict).toContainText('暂不合格')
  await app.check('对方生产工艺与我们匹配')
  await app.check('资信良好')
  await expect(app.verdict).toContainText('条件匹配，尚未打通关系')
  await app.check('已接触产品使用部门')
  await app.check('已接触采购决策者')
  await expect(app.verdict).toContainText('条件匹配')
  await app.check('确有需求')
  await expect(app.verdict).toContainText('合格的准客户')
  await app.screenshot('account-new.zh-CN')

  await app.save('保存')
  await expect(app.heading(NAME)).toBeVisible()
  await expect(app.text('客户已创建')).toBeVisible()

  // Reload: the account opens at a glance, and behind "编辑详细资料" every field is still there.
  await app.reload()
  await expect(app.heading(NAME)).toBeVisible()
  await expect(app.detailsToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(app.field('所属行业')).toBeHidden()
  await app.openDetails()
  await expect(app.field('所属行业')).toHaveValue('机床制造')
  await expect(app.field('地址')).toHaveValue('江苏省苏州市工业园区星湖街 88 号')
  await expect(app.field('员工人数')).toHaveValue('1200')
  await expect(app.field('年营业额（万元）')).toHaveValue('35000')
  await expect(app.field('主要产品')).toHaveValue('数控车床、加工中心')
  await expect(app.field('负责人')).toHaveValue('王经理')
  await expect(app.field('电话 / 分机')).toHaveValue('0512-6688 8001 转 203')
  await expect(app.field('企业性质')).toHaveValue('private')
  await expect(app.field('客户分类')).toHaveValue('target')
  await expect(app.field('客户定位')).toHaveValue('medium')
  await expect(app.field('销售阶段')).toHaveValue('verifyNeeds')
  await expect(app.checkbox('确有需求')).toBeChecked()
  await expect(app.verdict).toContainText('合格的准客户')
  await app.screenshot('account-page.zh-CN')
})

test('an edit saved with Ctrl+S survives a reload, and the list shows classification, stage and verdict', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.seedAccount(STORED)
  await app.openAccount(NAME)
  await app.fill({ 所属行业: '数控机床' })
  await app.pressSaveShortcut()
  await expect(app.text('修改已保存')).toBeVisible()
  await app.reload()
  await app.openDetails()
  await expect(app.field('所属行业')).toHaveValue('数控机床')

  await app.goToList('客户')
  await expect(app.rows).toHaveCount(1)
  await expect(app.row(NAME)).toContainText('目标型')
  await expect(app.row(NAME)).toContainText('验证需求')
  await expect(app.row(NAME)).toContainText('合格的准客户')
  await app.screenshot('accounts-list.zh-CN')
})

test('deleting an account asks first and can be undone', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.seedAccount(STORED)
  await app.openAccount(NAME)
  await app.deleteOpenAccount()
  await expect(app.text(`已删除“${NAME}”`)).toBeVisible()
  await expect(app.rows).toHaveCount(0)
  await app.undo()
  await expect(app.rows).toHaveCount(1)
})

test('an account deleted from the list stays gone once the undo window has passed', async ({ page }) => {
  // The page's clock is driven so the eight-second undo window passes without waiting for it.
  await page.clock.install()
  const app = new AccountsApp(page)
  await app.seedAccount(STORED)
  await app.deleteFromList(NAME)
  await expect(app.text(`已删除“${NAME}”`)).toBeVisible()
  await page.clock.fastForward(9_000)
  await expect(app.text(`已删除“${NAME}”`)).toBeHidden()
  await app.reload()
  await expect(app.title('还没有客户')).toBeVisible()
})

test('switching to English turns the whole screen English, and the choice is remembered', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await expect(app.title('还没有客户')).toBeVisible()
  // The language switch names Chinese in Chinese, by design; everything else must be English.
  await app.chooseLanguage('English')
  await expect(app.title('No accounts yet')).toBeVisible()
  expect(await app.visibleTextOutsideLanguageSwitch()).not.toMatch(CJK)
  await app.screenshot('accounts-empty.en')

  await app.reload()
  await expect(app.title('No accounts yet')).toBeVisible()
})

test('Ctrl+N opens a new account and the English account page explains each picker', async ({ page }) => {
  const app = new AccountsApp(page)
  await page.addInitScript(() => localStorage.setItem('atlas.language', 'en'))
  await app.open()
  await app.startNewAccount('Control+n', 'New account')
  await app.fill({ 'Company name': 'Apex Bearings GmbH', Industry: 'Bearings' })
  await app.select('Positioning', 'Short-line')
  await expect(app.text('Deal soon (small private, price-sensitive firms). Revisit weekly.')).toBeVisible()
  await app.select('Classification', 'Watch')
  await app.check('A project is known')
  await app.check('Healthy scale and operations')
  await expect(app.verdict).toContainText('Fits, but no access yet')
  await app.screenshot('account-new.en')
  await app.save('Save')
  await expect(app.heading('Apex Bearings GmbH')).toBeVisible()
  await app.screenshot('account-page.en')
})

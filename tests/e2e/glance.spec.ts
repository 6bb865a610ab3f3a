import type { Locator } from '@playwright/test'
import { putRawTables } from '../rawDb'
import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { TWELVE_ACCOUNT, twelvePersonAccount } from './seeds/twelvePeople'

test.use({ locale: 'zh-CN' })

const isoDaysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Stores the shared 12-person account (optionally without its logged visits) and opens its Overview. */
async function openOverview(app: AccountsApp, { loggedVisits = true } = {}) {
  const seed = twelvePersonAccount(Date.now(), 3)
  const visits = loggedVisits ? seed.visits : seed.visits.filter((v) => v.status === 'planned')
  await app.open()
  await putRawTables(app.page, { accounts: [seed.account], stakeholders: seed.people, relationships: seed.relationships, visits })
  await app.reload()
  await app.openAccountById(seed.account.id)
  await expect(app.heading(TWELVE_ACCOUNT)).toBeVisible()
  return seed
}

/** One group of the who's-who strip ("决策者", "阻力", "内线", "主线"), and one person's line in it. */
function whoGroup(glance: Locator, label: string): Locator {
  return glance.getByRole('listitem').filter({ has: glance.page().getByText(label, { exact: true }) })
}
function person(group: Locator, name: string): Locator {
  return group.locator('.account-glance__person').filter({ hasText: name })
}

test('the Overview of a 12-person Chinese account reads as who decides, who blocks, the coach and the main line, with days since contact', async ({ page }) => {
  const app = new AccountsApp(page)
  await openOverview(app)
  const glance = page.getByTestId('account-glance')
  await expect(glance).toBeVisible()

  // The form is closed: the glance is what the rep sees first.
  await expect(app.detailsToggle).toHaveText('编辑详细资料')
  await expect(app.detailsToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(app.field('所属行业')).toBeHidden()

  const deciders = whoGroup(glance, '决策者')
  await expect(person(deciders, '王建国')).toHaveText('王建国 · 董事长中立 · 影响力高 · 从未联系')
  await expect(person(deciders, '陈志远')).toHaveText('陈志远 · 总经理支持者 · 影响力高 · 20 天前联系过')
  await expect(person(whoGroup(glance, '阻力'), '赵志刚')).toHaveText('赵志刚 · 设备科长反对者 · 影响力高 · 5 天前联系过')
  await expect(person(whoGroup(glance, '内线'), '刘芳')).toHaveText('刘芳 · 采购部长支持者 · 影响力高 · 5 天前联系过')
  await expect(person(whoGroup(glance, '主线'), '陈志远')).toContainText('20 天前联系过')
  // The next visit, on its day at the time the rep set, with its objective and questions.
  await expect(glance).toContainText(/下次拜访：\d{4}年\d{1,2}月\d{1,2}日 09:30 — 请设备科确认试用方案，约定试用机台和验收标准/)
  await expect(glance).toContainText('要问 3 个问题')

  // Nothing is ticked, yet the map knows we talk to the decision-maker (the GM and the purchasing head were met).
  const qualification = page.getByTestId('glance-qualification')
  await expect(qualification).toContainText('客户资格：暂不合格')
  await expect(qualification).toContainText('已接触采购决策者（据关系图）')
  await expect(qualification).not.toContainText('已接触产品使用部门')
  await app.openDetails()
  const derivedBox = page.getByRole('checkbox', { name: '已接触采购决策者（据关系图）' })
  await expect(derivedBox).toBeChecked()
  await expect(derivedBox).toBeDisabled()
  await expect(page.getByRole('checkbox', { name: '已接触产品使用部门' })).not.toBeChecked()
})

test('with nothing ticked, "talking to the decision-maker" follows the map: it turns true once a visit with the GM is logged', async ({ page }) => {
  const app = new AccountsApp(page)
  await openOverview(app, { loggedVisits: false })
  const glance = page.getByTestId('account-glance')
  const qualification = page.getByTestId('glance-qualification')
  await expect(person(whoGroup(glance, '决策者'), '陈志远')).toContainText('从未联系')
  await expect(qualification).toContainText('暂不合格')
  await expect(qualification).not.toContainText('据关系图')
  await app.openDetails()
  const box = page.getByRole('checkbox', { name: '已接触采购决策者', exact: true })
  await expect(box).not.toBeChecked()
  await expect(box).toBeEnabled()

  // Log, through the visits tab, a visit 20 days ago where the rep met the general manager.
  await app.openTab('拜访')
  await page.getByRole('button', { name: '记录拜访', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '记录拜访' })
  await dialog.getByLabel('日期').fill(isoDaysAgo(20))
  await dialog.getByRole('group', { name: '见到的人' }).getByRole('checkbox', { name: /^陈志远/ }).check()
  await dialog.getByLabel('拜访目标').fill('拜访总经理，介绍方案')
  await dialog.getByRole('button', { name: '保存', exact: true }).click()
  await expect(dialog).toBeHidden()

  await app.openTab('概况')
  await expect(person(whoGroup(glance, '决策者'), '陈志远')).toContainText('20 天前联系过')
  await expect(person(whoGroup(glance, '主线'), '陈志远')).toContainText('20 天前联系过')
  await expect(qualification).toContainText('已接触采购决策者（据关系图）')
  // The form the rep opened stays open, and its box now says the map answered it.
  const derivedBox = page.getByRole('checkbox', { name: '已接触采购决策者（据关系图）' })
  await expect(derivedBox).toBeChecked()
  await expect(derivedBox).toBeDisabled()
})

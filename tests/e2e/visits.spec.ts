import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

const isoDaysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('a rep logs a visit, sees the revisit cadence, records an objection and a competitor', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: '新建第一个客户' }).click()
  await app.fill({ 公司名称: '苏州恒力机械' })
  await app.select('客户定位', '短线客户')
  await app.save('保存')
  await expect(page.getByRole('heading', { level: 1, name: '苏州恒力机械' })).toBeVisible()

  await page.getByRole('link', { name: '拜访' }).click()
  await expect(page.getByTestId('visit-cadence')).toHaveText(/还没有拜访记录/)
  await expect(page.getByText('还没有记录异议')).toBeVisible()

  await page.getByRole('button', { name: '记录拜访' }).click()
  const dialog = page.getByRole('dialog', { name: '记录拜访' })
  await dialog.getByLabel('日期').fill(isoDaysAgo(10))
  await dialog.getByLabel('拜访目标').fill('初次拜访，认识采购部长')
  await dialog.getByLabel('拜访结果').fill('采购部长答应下周安排技术交流')
  await dialog.getByLabel('下次回访的理由').fill('带样品和检测报告')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('visit-item')).toContainText('初次拜访，认识采购部长')
  // Short-line accounts are revisited weekly: ten days after the last visit, it is three days overdue.
  await expect(page.getByTestId('visit-cadence')).toHaveText(/回访已逾期 3 天.*每 7 天一次/)

  await page.getByRole('button', { name: '添加异议' }).click()
  const objection = page.getByRole('dialog', { name: '添加异议' })
  await objection.getByRole('button', { name: '保存' }).click()
  await expect(objection.getByText('此项为必填。')).toBeVisible()
  await objection.getByLabel('客户原话').fill('你们的价格比现在的供应商高 8%')
  await objection.getByLabel('处理方法').selectOption({ label: '补偿法' })
  await objection.getByLabel('应答话术').fill('寿命长 30%，算总成本更低')
  await objection.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('objection-item')).toContainText('你们的价格比现在的供应商高 8%')
  await expect(page.getByTestId('objection-item')).toContainText('待处理')

  await page.getByRole('button', { name: '添加竞争对手' }).click()
  const competitor = page.getByRole('dialog', { name: '添加竞争对手' })
  await competitor.getByLabel('品牌 / 供应商').fill('某国产品牌')
  await competitor.getByLabel('合作年限').fill('-2')
  await competitor.getByRole('button', { name: '保存' }).click()
  await expect(competitor.getByText('不能为负数。')).toBeVisible()
  await competitor.getByLabel('合作年限').fill('5')
  await competitor.getByLabel('弱点').fill('质量不稳定，交期常拖')
  await competitor.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('competitor-item')).toContainText('合作 5 年')
  await app.screenshot('visits.zh-CN')

  await app.reload()
  await expect(page.getByTestId('visit-item')).toHaveCount(1)
  await expect(page.getByTestId('objection-item')).toHaveCount(1)
  await expect(page.getByTestId('competitor-item')).toContainText('质量不稳定，交期常拖')

  // Resolve the objection; delete the competitor and undo.
  await page.getByTestId('objection-item').getByRole('button', { name: '编辑异议' }).click()
  await page.getByRole('dialog').getByLabel('已解决').check()
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('objection-item')).toContainText('已解决')
  await page.getByTestId('competitor-item').getByRole('button', { name: '删除' }).click()
  await expect(page.getByTestId('competitor-item')).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByTestId('competitor-item')).toHaveCount(1)

  await page.getByRole('radio', { name: 'English' }).click()
  await expect(page.getByTestId('visit-cadence')).toHaveText(/Revisit overdue by 3 day\(s\).*every 7 days/)
  await app.screenshot('visits.en')

  // The account list shows when to go back.
  await page.getByRole('button', { name: 'Accounts' }).first().click()
  await expect(app.row('苏州恒力机械')).toContainText('Overdue 3 d')
})

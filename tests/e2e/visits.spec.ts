import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { VisitsPage } from './pages/VisitsPage'

test.use({ locale: 'zh-CN' })

const isoDaysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('a rep logs a visit, sees the revisit cadence, records an objection and a competitor', async ({ page }) => {
  const app = new AccountsApp(page)
  await app.open()
  await app.startNewAccount('新建第一个客户')
  await app.createAccount({ label: '公司名称', value: '苏州恒力机械' }, { selects: { 客户定位: '短线客户' }, saveLabel: '保存' })

  const visits = new VisitsPage(page)
  await visits.open()
  await expect(visits.cadence).toHaveText(/还没有拜访记录/)
  await expect(visits.noObjections).toBeVisible()

  await visits.logVisit({ date: isoDaysAgo(10), objective: '初次拜访，认识采购部长', outcome: '采购部长答应下周安排技术交流', nextReason: '带样品和检测报告' })
  await expect(visits.visits).toContainText('初次拜访，认识采购部长')
  // Short-line accounts are revisited weekly: ten days after the last visit, it is three days overdue.
  await expect(visits.cadence).toHaveText(/回访已逾期 3 天.*每 7 天一次/)

  const objection = await visits.startObjection()
  await objection.save()
  await expect(objection.error('此项为必填。')).toBeVisible()
  await objection.fill({ words: '你们的价格比现在的供应商高 8%', handling: '补偿法', response: '寿命长 30%，算总成本更低' })
  await objection.save()
  await expect(visits.objections).toContainText('你们的价格比现在的供应商高 8%')
  await expect(visits.objections).toContainText('待处理')

  const competitor = await visits.startCompetitor()
  await competitor.fill({ supplier: '上海轴承贸易', brands: '人本 C&U、哈轴 HRB', years: '-2' })
  await competitor.save()
  await expect(competitor.error('不能为负数。')).toBeVisible()
  await competitor.fill({ years: '5', share: '60', weaknesses: '质量不稳定，交期常拖' })
  await competitor.save()
  await expect(visits.competitors).toContainText('合作 5 年')
  await expect(visits.competitors).toContainText('上海轴承贸易')
  await expect(visits.competitors).toContainText('人本 C&U、哈轴 HRB')
  await expect(visits.competitors).toContainText('约占采购 60%')
  await app.screenshot('visits.zh-CN')

  await app.reload()
  await expect(visits.visits).toHaveCount(1)
  await expect(visits.objections).toHaveCount(1)
  await expect(visits.competitors).toContainText('质量不稳定，交期常拖')

  // Resolve the objection; delete the competitor and undo.
  await visits.resolveObjection()
  await expect(visits.objections).toContainText('已解决')
  await visits.deleteCompetitor()
  await expect(visits.competitors).toHaveCount(0)
  await visits.undo()
  await expect(visits.competitors).toHaveCount(1)

  await app.chooseLanguage('English')
  await expect(visits.cadence).toHaveText(/Revisit overdue by 3 days.*every 7 days/)
  await app.screenshot('visits.en')

  // The account list shows when to go back.
  await app.goToList('Accounts')
  await expect(app.row('苏州恒力机械')).toContainText('Overdue 3 d')
})

import { person } from '#shared/domain/brief/briefFixture'
import { test, expect } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { VisitPlanPage } from './pages/VisitPlanPage'

const OBJECTIVE = '看生产线，确认试用机台'
const QUESTIONS = ['谁批采购？', '一年用多少套？']

test('a visit planned from the brief survives a reload, shows in the brief, and its outcome becomes a finding and a task', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 8, 21, 9, 0))
  await page.addInitScript(() => localStorage.setItem('atlas.language', 'zh-CN'))
  const app = new AccountsApp(page)
  const accountId = await app.seedAccount({ name: '华东精密机械有限公司' }, { reload: false })
  await app.putRawRows('stakeholders', [
    person(1, { accountId, name: '王建国', title: '总经理', roles: ['decisionMaker'] }),
    person(2, { accountId, name: '李娜', title: '采购部长', roles: ['buyer'] }),
    person(3, { accountId, name: '赵志刚', title: '设备科工程师', roles: ['technicalEvaluator'] })
  ])
  await app.reload()

  const plan = new VisitPlanPage(page)
  await plan.openBrief(accountId)
  await plan.planNextVisit({ date: '2026-09-24', kind: '参观工厂' })
  await expect(plan.planWhen).toHaveText(/2026年9月24日 · 参观工厂/)
  await plan.prepare({ objective: OBJECTIVE, questions: QUESTIONS, whoToMeet: ['李娜', '王建国', '赵志刚'] })
  // The preview is built from the stored visit: once it shows the people, the plan is saved.
  await expect.poll(() => plan.briefHtml()).toContain('要见的人：李娜、王建国和赵志刚')

  await app.reload()
  await plan.openBrief(accountId)
  await expect(plan.objective).toHaveValue(OBJECTIVE)
  await expect(plan.question(1)).toHaveValue(QUESTIONS[0]!)
  await expect(plan.question(2)).toHaveValue(QUESTIONS[1]!)
  for (const name of ['王建国', '李娜', '赵志刚']) await expect(plan.person(name)).toBeChecked()
  const html = await plan.briefHtml()
  expect(html).toContain('<strong>2026年9月24日 · 参观工厂</strong>')
  expect(html).toContain(OBJECTIVE)
  expect(html).toContain(`<li>${QUESTIONS[0]}</li><li>${QUESTIONS[1]}</li>`)
  expect(html).not.toMatch(/\d{1,2}:\d{2} · 参观工厂/)

  // The visit day comes; the rep logs what happened.
  await page.clock.setFixedTime(new Date(2026, 8, 24, 17, 0))
  await plan.openTab('visits', accountId)
  await expect(plan.visits).toHaveCount(1)
  await expect(plan.visits).toContainText('计划中')
  await plan.logOutcome({ answers: ['厂长签字，超过 5 万要总经理'], outcome: '同意先试用两套', task: { text: '周五前发报价', due: '2026-09-25' } })
  await expect(plan.visits).toContainText('1 项待跟进')
  await expect(plan.visits).not.toContainText('计划中')

  await expect(plan.answers.getByLabel('情报栏目')).toHaveValue('purchasing')
  await plan.addAnswerToDossier()
  await expect(plan.answers.getByText('已写入情报档案')).toBeVisible()

  await plan.openTab('dossier', accountId)
  await expect(page.locator('mark', { hasText: '谁批采购？ — 厂长签字，超过 5 万要总经理' })).toBeVisible()
  await expect(page.getByText('(2026年9月24日拜访)')).toBeVisible()
})

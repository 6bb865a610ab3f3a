import { expect, test } from './fixtures'
import { execFileSync } from 'node:child_process'
import { AccountsApp } from './pages/AccountsApp'
import { BriefPage } from './pages/BriefPage'
import { person } from '#shared/domain/brief/briefFixture'
import { doc, finding, paragraph, text as textNode } from '#shared/domain/dossier/fixtures'

test.use({ locale: 'zh-CN' })

const NOW = Date.now()
const DAY = 86_400_000
let n = 0
const meta = () => ({
  id: `0c000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - DAY,
  deletedAt: null
})
test('the brief of a Chinese account prints to a searchable PDF; a sensitive note only when switched on', async ({ page }) => {
  expect(execFileSync('fc-match', ['sans-serif:lang=zh-cn'], { encoding: 'utf8' })).toMatch(/Noto Sans CJK/)
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: '新建第一个客户' }).click()
  await app.fill({ 公司名称: '华东精密机械有限公司', 所属行业: '数控机床' })
  await app.select('客户分选', '目标型')
  await app.save('保存')
  await expect(page.getByRole('heading', { level: 1, name: '华东精密机械有限公司' })).toBeVisible()
  const accountId = page.url().split('/').pop()!

  const people = [
    person(1, { accountId, name: '王建国', title: '总经理', roles: ['decisionMaker'], stance: 'neutral', influence: 'high', sensitiveNotes: '女儿明年高考，周末常去钓鱼' }),
    person(2, { accountId, name: '李娜', title: '采购部长', roles: ['buyer'], stance: 'supporter', isCoach: true, caresAbout: '供货稳定、账期' }),
    person(3, { accountId, name: '赵志刚', title: '设备科工程师', roles: ['technicalEvaluator', 'user'], stance: 'opponent' })
  ]
  for (const p of people) await app.putRawRow('stakeholders', p)
  await app.putRawRow('visits', { ...meta(), accountId, date: NOW - 3 * DAY, objective: '报价说明', outcome: '对价格有顾虑', nextReason: '带样品做试用', attendeeIds: [] })
  await app.putRawRow('objections', {
    ...meta(), accountId, content: 'price', nature: 'genuine', text: '价格比现有供应商高 8%', response: '算总成本：寿命长 30%', handling: 'compensate', status: 'open', raisedById: null
  })
  await app.putRawRow('competitors', {
    ...meta(), accountId, brand: '某国产品牌', products: '深沟球轴承', priceLevel: '低', terms: '月结 60 天', yearsWithAccount: 5, weaknesses: '质量不稳定'
  })

  const webFinding = finding({ findingId: 'f-web-1', channel: 'external', verified: false }, textNode('官网称年产 3000 台'))
  const gateFinding = finding({ findingId: 'f-gate-1', channel: 'gatekeeper', verified: true }, textNode('仓库用的是进口轴承'))
  await app.putRawRow('dossierSections', {
    ...meta(), accountId, channel: 'gatekeeper', order: 0, collapsed: false,
    content: doc(paragraph(textNode('门卫说老板每周一上午在厂里。'), gateFinding), paragraph(webFinding)),
    plainText: '门卫说老板每周一上午在厂里。仓库用的是进口轴承 官网称年产 3000 台'
  })

  // Rows written straight into IndexedDB bypass Dexie's query cache: start the app afresh, as after a restart.
  await app.reload()

  // The account list counts the same coverage gaps the stakeholder map shows.
  await page.goto(`./#/accounts/${accountId}/stakeholders`)
  await expect(page.getByTestId('coverage-warning').first()).toBeVisible()
  const panelCount = (await page.getByTestId('coverage-count').innerText()).match(/\d+/)?.[0]
  expect(Number(panelCount)).toBeGreaterThan(0)
  await page.goto('./#/accounts')
  await expect(app.row('华东精密机械有限公司').getByTestId('coverage-cell')).toHaveText(`${panelCount} 个缺口`)

  const brief = new BriefPage(page)
  await brief.open(accountId)
  // The org chart is drawn into the brief as a picture.
  await expect.poll(async () => (await brief.html()).includes('src="data:image/png;base64,')).toBe(true)
  await page.getByRole('radio', { name: '客户简报' }).click()
  await expect(page.getByTestId('sensitive-status')).toHaveText('本简报已略去 1 条敏感信息：王建国。')
  for (const name of ['王建国', '赵志刚']) await page.getByRole('checkbox', { name }).check()
  await page.getByLabel('下次拜访目标').fill('敲定试用方案，约技术交流')
  await app.screenshot('brief.zh-CN')

  const { text, pdfPath } = await brief.printToPdf('brief.zh-CN')
  expect(text).toContain('华东精密机械有限公司')
  for (const p of people) expect(text).toContain(p.name)
  for (const title of ['客户概要', '组织关系图', '关键人', '本次要见的人', '最近接触', '待处理异议', '竞争对手', '下次拜访']) expect(text).toContain(title)
  expect(text).toContain('敲定试用方案')
  expect(text).toContain('价格比现有供应商高 8%')
  expect(text).toMatch(/第 1 页，共 \d+ 页/)
  expect(text).toMatch(/第 2 页，共 \d+ 页/)
  expect(text).not.toContain('女儿明年高考')
  // Dossier text and its findings, the unverified one marked and listed to confirm on the visit.
  expect(text).toContain('门卫说老板每周一上午在厂里')
  expect(text).toMatch(/官网称年产 3000 台\s*待核实/)
  expect(text).toContain('本次拜访要核实的情报')
  expect(text).toContain('风险提示')
  expect(text).toMatch(/沟通要点/)
  expect(execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').length).toBeGreaterThan(2)

  await page.getByRole('checkbox', { name: '包含敏感的个人信息' }).check()
  await expect(page.getByTestId('sensitive-status')).toHaveText('本次导出包含敏感信息。')
  const withSensitive = await brief.printToPdf('brief-sensitive.zh-CN')
  expect(withSensitive.text).toContain('女儿明年高考')

  // The one-page sheet fits the visit on one sheet of paper.
  await page.getByRole('checkbox', { name: '包含敏感的个人信息' }).uncheck()
  await page.getByRole('radio', { name: '拜访前一页纸' }).click()
  const sheet = await brief.printToPdf('sheet.zh-CN')
  expect(sheet.text).toContain('拜访前一页纸')
  expect(sheet.text).toContain('第 1 页，共 1 页')
  expect(sheet.text).not.toContain('竞争对手')
})

test('the brief is English when the UI is, on Letter paper for a US locale', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  const app = new AccountsApp(page)
  await app.open()
  await page.getByRole('button', { name: 'Create your first account' }).click()
  await app.fill({ 'Company name': 'Apex Bearings GmbH' })
  await app.save('Save')
  await expect(page.getByRole('heading', { level: 1, name: 'Apex Bearings GmbH' })).toBeVisible()
  await page.getByRole('link', { name: 'Brief' }).click()
  const brief = new BriefPage(page)
  await expect(brief.preview).toBeVisible()
  await expect(page.getByLabel('Paper')).toHaveValue('Letter')
  await app.screenshot('brief.en')
  const { text } = await brief.printToPdf('sheet.en')
  expect(text).toContain('Pre-visit sheet')
  expect(text).toContain('Apex Bearings GmbH')
  expect(text).toContain('Page 1 of 1')
  await context.close()
})

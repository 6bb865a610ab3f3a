import { expect, test } from './fixtures'
import { execFileSync } from 'node:child_process'
import { AccountsApp } from './pages/AccountsApp'
import { BriefPage } from './pages/BriefPage'
import { BRIEF_ACCOUNT, seedBriefAccount } from './pages/briefAccount'
import { StakeholdersPage } from './pages/StakeholdersPage'

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('the account list counts the same coverage gaps the stakeholder map shows', async ({ page }) => {
    const app = new AccountsApp(page)
    const { accountId } = await seedBriefAccount(app)
    const map = new StakeholdersPage(page)
    await map.open(accountId)
    const gaps = await map.coverageCount()
    expect(gaps).toBeGreaterThan(0)
    await app.openList()
    await expect(app.coverageCell(BRIEF_ACCOUNT)).toHaveText(`${gaps} 个缺口`)
  })

  test('the brief of a Chinese account prints to a searchable PDF that leaves the sensitive note out', async ({ page }) => {
    expect(execFileSync('fc-match', ['sans-serif:lang=zh-cn'], { encoding: 'utf8' })).toMatch(/Noto Sans CJK/)
    const app = new AccountsApp(page)
    const { accountId, people } = await seedBriefAccount(app)
    const brief = new BriefPage(page)
    await brief.open(accountId)
    // The org chart is drawn into the brief as a picture.
    await expect.poll(async () => (await brief.html()).includes('src="data:image/png;base64,')).toBe(true)
    await brief.choose('客户简报')
    await expect(brief.sensitiveStatus).toHaveText('本简报已略去 1 条敏感信息：王建国。')
    await brief.planVisit(['王建国', '赵志刚'], '敲定试用方案，约技术交流')
    await app.screenshot('brief.zh-CN')

    const { text, pdfPath } = await brief.printToPdf('brief.zh-CN')
    expect(text).toContain(BRIEF_ACCOUNT)
    for (const name of people) expect(text).toContain(name)
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
    expect(BriefPage.imageCount(pdfPath)).toBeGreaterThan(0)
    // The title page carries the account summary; no date is broken across lines anywhere.
    const titlePage = text.split('\f')[0]!
    for (const fact of ['目标型', '下次拜访', '已梳理的人', '接触次数', '待处理异议']) expect(titlePage).toContain(fact)
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
    expect(BriefPage.splitDates(text)).toEqual([])
  })

  test('the sensitive note is printed only once the rep switches it on', async ({ page }) => {
    const app = new AccountsApp(page)
    const { accountId } = await seedBriefAccount(app)
    const brief = new BriefPage(page)
    await brief.open(accountId)
    await brief.choose('客户简报')
    await brief.planVisit(['王建国', '赵志刚'], '敲定试用方案，约技术交流')
    await brief.includeSensitive(true)
    await expect(brief.sensitiveStatus).toHaveText('本次导出包含敏感信息。')
    const { text } = await brief.printToPdf('brief-sensitive.zh-CN')
    expect(text).toContain('女儿明年高考')
  })

  test('the one-page sheet fits the visit on one sheet of paper', async ({ page }) => {
    const app = new AccountsApp(page)
    const { accountId } = await seedBriefAccount(app)
    const brief = new BriefPage(page)
    await brief.open(accountId)
    await brief.planVisit(['王建国', '赵志刚'], '敲定试用方案，约技术交流')
    await brief.choose('拜访前一页纸')
    const { text } = await brief.printToPdf('sheet.zh-CN')
    expect(text).toContain('拜访前一页纸')
    expect(text).toContain('第 1 页，共 1 页')
    expect(text).not.toContain('竞争对手')
  })
})

test.describe('en-US', () => {
  test.use({ locale: 'en-US' })

  test('the brief is English when the UI is, on Letter paper for a US locale', async ({ page }) => {
    const app = new AccountsApp(page)
    await app.open()
    await app.startNewAccount('Create your first account')
    await app.createAccount({ label: 'Company name', value: 'Apex Bearings GmbH' }, { saveLabel: 'Save' })
    const brief = new BriefPage(page)
    await brief.openTab('Brief')
    await expect(brief.paper).toHaveValue('Letter')
    await app.screenshot('brief.en')
    const { text } = await brief.printToPdf('sheet.en')
    expect(text).toContain('Pre-visit sheet')
    expect(text).toContain('Apex Bearings GmbH')
    expect(text).toContain('Page 1 of 1')
  })
})

import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { BriefPage } from './pages/BriefPage'
import { putRawTables } from '../rawDb'
import { TWELVE_ACCOUNT, twelvePersonAccount } from './seeds/twelvePeople'

test.use({ locale: 'zh-CN' })

/** Stores the 12-person account with a visit planned to meet `attendees` of them, and opens its brief. */
async function openSheet(app: AccountsApp, attendees: number, extra: { people?: number } = {}) {
  const seed = twelvePersonAccount(Date.now(), attendees, extra)
  await app.open()
  await putRawTables(app.page, { accounts: [seed.account], stakeholders: seed.people, relationships: seed.relationships, visits: seed.visits })
  await app.reload()
  const brief = new BriefPage(app.page)
  await brief.open(seed.account.id)
  await brief.choose('拜访前一页纸')
  // The map is drawn for paper (or found not to fit readable); wait for that before printing.
  await expect.poll(async () => /src="data:image\/png;base64,|放不下清晰的组织图/.test(await brief.html())).toBe(true)
  return { brief, seed }
}

for (const attendees of [0, 3, 12]) {
  test(`the pre-visit sheet stays one page meeting ${attendees} people, with who's who and every name`, async ({ page }) => {
    const app = new AccountsApp(page)
    const { brief, seed } = await openSheet(app, attendees)
    const { text, pdfPath } = await brief.printToPdf(`sheet-${attendees}.zh-CN`)
    expect(BriefPage.pageCount(pdfPath)).toBe(1)
    // The fit's estimate is an upper bound of the sheet's real height (so nothing is cut off at the foot).
    const { actual, estimate } = await brief.sheetHeights()
    console.log(`sheet meeting ${attendees}: ${actual.toFixed(1)} mm laid out, ${estimate.toFixed(1)} mm estimated`)
    expect(actual).toBeLessThanOrEqual(estimate)
    expect(text).toContain(TWELVE_ACCOUNT)
    for (const name of seed.meeting) expect(text).toContain(name)
    // Who decides, who blocks, who coaches, with days since the last contact.
    for (const fact of ['关键人一览', '决策者', '阻力', '内线', '主线', '赵志刚', '刘芳', '5天前', '从未联系']) expect(text).toContain(fact)
    expect(text).toContain('请设备科确认试用方案')
    expect(text).toContain('试用机台是哪一台？')
    if (attendees === 0) expect(text).toContain('还没有选定下次要见的人')
    // The map is printed large enough that its labels read at 7 pt or more; with twelve people to meet
    // their table comes first, and a map that would not be readable is left to the full brief.
    const labelPt = BriefPage.printedLabelPt(await brief.html())
    if (attendees < 12 || labelPt !== null) expect(labelPt).toBeGreaterThanOrEqual(7)
    else expect(text).toContain('这页纸放不下清晰的组织图')
  })
}

test('an oversized account still prints one page, saying what it left out', async ({ page }) => {
  const app = new AccountsApp(page)
  const { brief } = await openSheet(app, 40, { people: 28 })
  const { text, pdfPath } = await brief.printToPdf('sheet-oversized.zh-CN')
  expect(BriefPage.pageCount(pdfPath)).toBe(1)
  expect(text).toMatch(/另有 \d+ 项未列出/)
  expect(text).toContain('赵志刚')
})

import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { expect, test } from './fixtures'
import { readFileSync } from 'node:fs'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'

test.use({ locale: 'zh-CN' })

const SIX = [
  { name: '王总', title: '总经理', department: '总经办', roles: ['决策者'], stance: '中立', influence: '高', stage: '约见', line: '主线' },
  { name: '李经理', title: '采购部经理', department: '采购部', roles: ['采购者'], stance: '支持者', influence: '中', stage: '信任', coach: true },
  { name: '张工', title: '技术部主任', department: '技术部', roles: ['技术把关者', '影响者'], stance: '反对者', influence: '中', stage: '认识' },
  { name: '赵主管', title: '生产主管', department: '生产部', roles: ['使用者'], stance: '支持者', influence: '低', stage: '认可', line: '辅线' },
  { name: '钱会计', title: '财务经理', department: '财务部', roles: ['财务把关者'], stance: '态度不明', influence: '中', stage: '认识' },
  { name: '孙秘书', title: '总经理秘书', department: '总经办', roles: ['守门人'], stance: '中立', influence: '低', stage: '约见' }
]

test('a rep maps six people, links them on the canvas, drags one, reloads, and follows the coverage warnings', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.createAccountAndOpen('华东精密机械有限公司', '验证需求')
  await expect(page.getByRole('heading', { name: '还没有梳理任何人' })).toBeVisible()

  for (const person of SIX) await map.addPerson(person)
  await expect(map.rows).toHaveCount(6)
  await expect(page.getByTestId('graph-node')).toHaveCount(6)

  // Links on the canvas: reports-to and influences.
  await map.linkOnCanvas('李经理', '王总', '汇报给')
  await map.linkOnCanvas('张工', '王总', '影响')
  await map.openPerson('王总')
  await expect(map.editor.page().getByTestId('links')).toContainText('李经理 — 汇报给 → 王总')
  await expect(map.editor.page().getByTestId('links')).toContainText('张工 — 影响 → 王总')

  // Org chart: the manager sits above the person who reports to them.
  const boss = await map.center(map.node('王总'))
  const report = await map.center(map.node('李经理'))
  expect(boss.y).toBeLessThan(report.y - 20)

  // Switch layouts: people move to the force-directed arrangement, and back.
  const orgSpots = await Promise.all(SIX.map((p) => map.center(map.node(p.name))))
  await map.chooseLayout('影响力视图')
  await expect
    .poll(async () => {
      const spots = await Promise.all(SIX.map((p) => map.center(map.node(p.name))))
      return spots.filter((s, i) => Math.hypot(s.x - orgSpots[i]!.x, s.y - orgSpots[i]!.y) > 15).length
    })
    .toBeGreaterThan(2)
  await map.chooseLayout('组织架构')
  await expect.poll(async () => (await map.center(map.node('王总'))).y).toBeLessThan((await map.center(map.node('李经理'))).y - 20)

  // Drag a node: it moves on screen and its position is stored.
  const before = await map.center(map.node('孙秘书'))
  await map.drag(before, { x: before.x + 90, y: before.y + 110 })
  await expect.poll(async () => (await map.center(map.node('孙秘书'))).y).toBeGreaterThan(before.y + 60)
  await expect
    .poll(async () => (await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')?.position ?? null)
    .not.toBeNull()
  const kept = (await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')!.position

  // Reload: fields, links and the dragged position are all kept.
  await map.app.reload()
  await expect(map.rows).toHaveCount(6)
  await expect(map.row('李经理')).toContainText('内线')
  await expect(map.row('王总')).toContainText('主线')
  await expect(map.row('张工')).toContainText('影响者、技术把关者')
  await expect(map.row('张工').getByTestId('stance')).toHaveText('反对者')
  await expect(map.row('赵主管')).toContainText('生产主管 · 生产部')
  expect((await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')!.position).toEqual(kept)
  await map.openPerson('王总')
  await expect(page.getByTestId('links')).toContainText('李经理 — 汇报给 → 王总')
  await expect(page.getByTestId('links')).toContainText('张工 — 影响 → 王总')
  await expect(map.editorField('职务')).toHaveValue('总经理')
  await expect(map.editorField('联系线')).toHaveValue('main')
  await map.screenshot('stakeholders-six.zh-CN')

  // Coverage: removing the decision-maker raises a warning naming what is missing; setting one clears it.
  await expect(map.warning('noDecisionMaker')).toHaveCount(0)
  await map.editor.getByLabel('决策者', { exact: true }).uncheck()
  await map.savePerson('王总')
  await expect(map.warning('noDecisionMaker')).toBeVisible()
  await expect(map.warning('noDecisionMaker')).toContainText('还没找到决策者')
  await map.openPerson('李经理')
  await map.editor.getByLabel('决策者', { exact: true }).check()
  await map.savePerson('李经理')
  await expect(map.warning('noDecisionMaker')).toHaveCount(0)

  // PNG export produces an image.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.png$/)
  const bytes = readFileSync(await file.path())
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(200) // width
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(100) // height

  // SVG export carries the people and their shapes.
  const svgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 SVG' }).click()
  const svg = readFileSync(await (await svgDownload).path(), 'utf8')
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  for (const person of SIX) expect(svg).toContain(person.name)
  expect(svg).toContain('<polygon')
})

/** A local date N days before today, as a date input wants it. */
function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('stance changes are kept with reasons, the map can be viewed as of an earlier date, and a departure leaves a seat to fill', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.createAccountAndOpen('苏州恒力机电', '商务谈判')
  await map.addPerson({ name: '周经理', title: '采购部经理', roles: ['采购者'], stance: '中立', influence: '高' })
  await map.addPerson({ name: '吴总', title: '副总经理', roles: ['决策者'], stance: '支持者', influence: '高' })
  // A finding in the dossier that the rep will cite as evidence.
  const accountId = /accounts\/([^/]+)\//.exec(page.url())![1]!
  const now = Date.now()
  await map.app.putRawRow('dossierSections', {
    id: crypto.randomUUID(),
    accountId,
    channel: 'purchasing',
    order: 0,
    collapsed: false,
    content: doc(paragraph(finding({ findingId: 'f-price', channel: 'purchasing', date: now }, text('采购员说涨价函让周经理很被动')))),
    plainText: '采购员说涨价函让周经理很被动',
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  })
  await map.app.reload()
  await expect(map.rows).toHaveCount(2)

  // First change, dated 50 days ago: neutral → supporter.
  await map.openPerson('周经理')
  await map.fillPerson({ stance: '支持者' })
  await expect(page.getByTestId('change-note')).toBeVisible()
  await map.editorField('变化原因').fill('试机效果好')
  await map.editorField('变化日期').fill(daysAgo(50))
  await map.savePerson('周经理')
  // Second change, dated 20 days ago: supporter → opponent after the price letter.
  await map.fillPerson({ stance: '反对者' })
  await map.editorField('变化原因').fill('收到涨价函之后')
  await map.editorField('变化日期').fill(daysAgo(20))
  await page.getByTestId('evidence').getByLabel('采购员说涨价函让周经理很被动').check()
  await map.savePerson('周经理')

  const entries = page.getByTestId('timeline-entry')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(0)).toContainText('态度：支持者 → 反对者')
  await expect(entries.nth(0)).toContainText('收到涨价函之后')
  await expect(entries.nth(0)).toContainText('依据：采购员说涨价函让周经理很被动')
  await expect(entries.nth(1)).not.toContainText('依据')
  await expect(entries.nth(1)).toContainText('态度：中立 → 支持者')
  await expect(entries.nth(1)).toContainText('试机效果好')
  // An influential opponent is now a coverage warning naming him.
  await expect(map.warning('influentialOpponent')).toContainText('周经理')

  // The map as of 35 days ago shows him as a supporter, read-only; back to today shows the opponent.
  await page.getByLabel('查看某日的图谱').fill(daysAgo(35))
  await expect(page.getByTestId('as-of-banner')).toBeVisible()
  await expect(map.row('周经理').getByTestId('stance')).toHaveText('支持者')
  await expect(map.warning('influentialOpponent')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '添加人物' })).toBeDisabled()
  await map.screenshot('stakeholders-as-of.zh-CN')
  await page.getByRole('button', { name: '回到今天' }).click()
  await expect(map.row('周经理').getByTestId('stance')).toHaveText('反对者')
  await expect(map.warning('influentialOpponent')).toBeVisible()

  // The rep can switch a rule off in the coverage settings; the choice is kept.
  await page.getByRole('button', { name: '覆盖规则' }).click()
  const settings = page.getByRole('dialog', { name: '我的客户覆盖规则' })
  await settings.getByLabel('有影响力大的反对者').uncheck()
  await settings.getByRole('button', { name: '保存' }).click()
  await expect(map.warning('influentialOpponent')).toHaveCount(0)
  await map.app.reload()
  await expect(map.rows).toHaveCount(2)
  await expect(map.warning('influentialOpponent')).toHaveCount(0)

  // Departure: the seat becomes a "find the successor" placeholder on the map and in the warnings.
  await map.openPerson('吴总')
  await page.getByRole('button', { name: '标记为已离职' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '标记离职' }).click()
  await expect(map.row('吴总')).toContainText('已离职')
  await expect(page.getByRole('button', { name: '待找接替者, 原：吴总' })).toBeAttached()
  await expect(map.warning('vacantSeat')).toContainText('原：吴总')
  await expect(map.warning('noDecisionMaker')).toBeVisible()
  await expect(page.getByTestId('timeline-entry').first()).toContainText('离职')
  await map.app.reload()
  await expect(map.warning('vacantSeat')).toContainText('原：吴总')
  await page.getByTestId('stakeholder-graph').scrollIntoViewIfNeeded()
  await map.graphScreenshot('stakeholders-departed.zh-CN')
})

/** A 12-person buying committee of a Chinese plant, with a reporting line and influence links. */
const TWELVE = [
  { key: 'gm', name: '陈建国', title: '总经理', department: '总经办', roles: ['decisionMaker'], stance: 'neutral', influence: 'high', relationshipStage: 'meeting', line: 'main' },
  { key: 'vp', name: '刘志强', title: '生产副总', department: '总经办', roles: ['decisionMaker', 'influencer'], stance: 'supporter', influence: 'high', relationshipStage: 'recognition' },
  { key: 'cfo', name: '黄丽华', title: '财务总监', department: '财务部', roles: ['finance'], stance: 'unknown', influence: 'high', relationshipStage: 'acquaintance' },
  { key: 'buyer', name: '周明', title: '采购部经理', department: '采购部', roles: ['buyer'], stance: 'opponent', influence: 'medium', relationshipStage: 'meeting' },
  { key: 'clerk', name: '吴晓燕', title: '采购员', department: '采购部', roles: ['buyer', 'executor'], stance: 'supporter', influence: 'low', relationshipStage: 'trust', isCoach: true, line: 'auxiliary' },
  { key: 'eng', name: '郑工', title: '技术部主任', department: '技术部', roles: ['technicalEvaluator'], stance: 'neutral', influence: 'high', relationshipStage: 'meeting' },
  { key: 'eng2', name: '王海涛', title: '工艺工程师', department: '技术部', roles: ['technicalEvaluator', 'user'], stance: 'supporter', influence: 'medium', relationshipStage: 'recognition', line: 'auxiliary' },
  { key: 'prod', name: '冯德胜', title: '生产部部长', department: '生产部', roles: ['user'], stance: 'supporter', influence: 'medium', relationshipStage: 'recognition' },
  { key: 'line', name: '何军', title: '车间主任', department: '生产部', roles: ['user'], stance: 'neutral', influence: 'low', relationshipStage: 'meeting' },
  { key: 'store', name: '许师傅', title: '仓库管理员', department: '仓库', roles: ['executor'], stance: 'supporter', influence: 'low', relationshipStage: 'trust' },
  { key: 'sec', name: '林秘书', title: '总经理秘书', department: '总经办', roles: ['gatekeeper'], stance: 'neutral', influence: 'low', relationshipStage: 'meeting' },
  { key: 'acct', name: '罗会计', title: '成本会计', department: '财务部', roles: ['finance'], stance: 'neutral', influence: 'low', relationshipStage: 'acquaintance' }
]
const TWELVE_LINKS: [string, string, string][] = [
  ['vp', 'gm', 'reportsTo'],
  ['cfo', 'gm', 'reportsTo'],
  ['sec', 'gm', 'reportsTo'],
  ['buyer', 'vp', 'reportsTo'],
  ['eng', 'vp', 'reportsTo'],
  ['prod', 'vp', 'reportsTo'],
  ['clerk', 'buyer', 'reportsTo'],
  ['eng2', 'eng', 'reportsTo'],
  ['line', 'prod', 'reportsTo'],
  ['store', 'buyer', 'reportsTo'],
  ['acct', 'cfo', 'reportsTo'],
  ['eng', 'gm', 'influences'],
  ['clerk', 'buyer', 'ally'],
  ['buyer', 'eng', 'rival']
]

test('a 12-person Chinese account reads clearly in both layouts', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.createAccountAndOpen('江苏远东重型机械股份有限公司', '验证需求')
  const accountId = /accounts\/([^/]+)\//.exec(page.url())![1]!
  const ids = new Map(TWELVE.map((p) => [p.key, crypto.randomUUID()]))
  const now = Date.now()
  const meta = () => ({ createdAt: now, updatedAt: now, deletedAt: null, accountId })
  for (const { key, ...p } of TWELVE) {
    await map.app.putRawRow('stakeholders', { ...emptyStakeholderDraft(accountId), ...meta(), id: ids.get(key), ...p })
  }
  for (const [from, to, kind] of TWELVE_LINKS) {
    await map.app.putRawRow('relationships', { ...meta(), id: crypto.randomUUID(), fromId: ids.get(from), toId: ids.get(to), kind, note: '' })
  }
  // Visits logged with some of them: 20 days ago with the coach, 5 days ago with the general manager.
  const visit = (daysBack: number, keys: string[]) => ({
    ...meta(),
    id: crypto.randomUUID(),
    date: now - daysBack * 86_400_000,
    objective: '',
    outcome: '',
    nextReason: '',
    attendeeIds: keys.map((k) => ids.get(k))
  })
  await map.app.putRawRow('visits', visit(20, ['clerk']))
  await map.app.putRawRow('visits', visit(5, ['gm']))
  await map.app.reload()
  await expect(map.rows).toHaveCount(12)
  await expect(page.getByTestId('graph-node')).toHaveCount(12)

  // Org chart: the general manager on top, the clerk below her manager.
  const gm = await map.center(map.node('陈建国'))
  const vp = await map.center(map.node('刘志强'))
  const clerk = await map.center(map.node('吴晓燕'))
  expect(gm.y).toBeLessThan(vp.y)
  expect(vp.y).toBeLessThan(clerk.y)
  await expectNoOverlap(map)
  await map.graphScreenshot('stakeholders-12-org.zh-CN')

  // The department matrix shows where we have people.
  const matrix = page.getByTestId('department-row')
  await expect(matrix.filter({ hasText: '采购' })).toContainText('2')
  await expect(matrix.filter({ hasText: '仓库' }).locator('td').first()).toHaveText('1')
  await expect(matrix.filter({ hasText: '高层' }).locator('td').first()).toHaveText('3')
  await map.screenshot('stakeholders-12-page.zh-CN')

  await map.chooseLayout('影响力视图')
  await expectNoOverlap(map)
  await map.graphScreenshot('stakeholders-12-influence.zh-CN')
  await map.screenshot('stakeholders-12-influence-page.zh-CN')

  // Staleness against the cadence of each role: the coach is due after two weeks.
  const coachContact = map.row('吴晓燕').locator('td').last().locator('.ui-badge')
  await expect(coachContact).toHaveText('20 天前')
  await expect(coachContact).toHaveAttribute('title', /每 14 天/)
  await expect(coachContact).toHaveClass(/warning/)
  await expect(map.row('陈建国').locator('td').last().locator('.ui-badge')).toHaveClass(/success/)
  await expect(map.row('周明').locator('td').last()).toHaveText('从未')
  await page.getByRole('button', { name: '覆盖规则' }).click()
  await page.getByRole('dialog').getByLabel('内线', { exact: true }).fill('30')
  await map.screenshot('stakeholders-settings.zh-CN')
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  // Her buyer role (every 21 days) is now the strictest cadence she has.
  await expect(coachContact).toHaveAttribute('title', /每 21 天/)
  await expect(coachContact).toHaveClass(/success/)
})

/** No two nodes' boxes on screen overlap. */
async function expectNoOverlap(map: StakeholdersPage) {
  await expect
    .poll(async () => {
      const boxes = await map.page.getByTestId('graph-node').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect()
          return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom }
        })
      )
      let overlaps = 0
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!
          const b = boxes[j]!
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps += 1
        }
      return overlaps
    })
    .toBe(0)
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('a person is created on the canvas, gets drafted talking points the rep can edit, and is deleted with undo', async ({ page }) => {
    const app = new StakeholdersPage(page).app
    await app.open()
    await page.getByRole('button', { name: /new account|create your first account/i }).first().click()
    await app.fill({ 'Company name': 'Apex Bearings GmbH' })
    await app.save('Save')
    await expect(page.getByRole('heading', { level: 1, name: 'Apex Bearings GmbH' })).toBeVisible()
    await page.getByRole('link', { name: 'Stakeholders' }).click()
    const canvas = page.getByTestId('stakeholder-graph')
    await expect(canvas).toBeVisible()

    // Double-click on empty canvas opens a new person placed there.
    await canvas.dblclick({ position: { x: 200, y: 150 } })
    const editor = page.getByTestId('stakeholder-editor')
    await expect(editor.getByRole('heading', { name: 'New person' })).toBeVisible()
    await editor.getByLabel(/^Name/).fill('Klaus Weber')
    await editor.getByLabel('Title').fill('Head of Purchasing')
    await editor.getByLabel('Buyer', { exact: true }).check()
    await editor.getByLabel('Personality').selectOption({ label: 'Haggling' })
    // Drafted from the role and the personality, shown until the rep writes their own.
    await expect(editor.getByLabel('Talking point 1')).toHaveAttribute('placeholder', 'Stable supply and dependable after-sales service.')
    await expect(editor.getByLabel('Talking point 2')).toHaveAttribute('placeholder', /lower total purchase cost/)
    await expect(editor.getByText('Hold some room in reserve')).toBeVisible()
    await editor.getByLabel('Talking point 1').fill('Two-week delivery from the Suzhou stock')
    await editor.getByRole('button', { name: 'Save person' }).click()
    await expect(page.getByText('Klaus Weber added')).toBeVisible()
    await expect(page.getByTestId('graph-node')).toHaveCount(1)
    await expect
      .poll(async () => (await storedRows(page, 'stakeholders')).find((r) => r.name === 'Klaus Weber')?.position ?? null)
      .not.toBeNull()

    await app.reload()
    await page.getByRole('button', { name: 'Edit Klaus Weber' }).click()
    await expect(editor.getByLabel('Talking point 1')).toHaveValue('Two-week delivery from the Suzhou stock')
    await expect(page.getByText('Legend')).toBeVisible()
    await new StakeholdersPage(page).screenshot('stakeholders-one.en')

    // Delete with undo.
    await page.getByRole('button', { name: 'Delete person' }).click()
    await expect(page.getByTestId('stakeholder-row')).toHaveCount(0)
    await expect(page.getByTestId('graph-node')).toHaveCount(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByTestId('stakeholder-row')).toHaveCount(1)
    await expect(page.getByTestId('graph-node')).toHaveCount(1)

    // From the keyboard: focus the person on the map and press Delete; Undo brings them back.
    await page.getByRole('button', { name: 'Klaus Weber, Head of Purchasing' }).focus()
    await page.keyboard.press('Delete')
    await expect(page.getByTestId('stakeholder-row')).toHaveCount(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByTestId('stakeholder-row')).toHaveCount(1)
  })
})

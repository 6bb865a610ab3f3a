import { expect, test } from './fixtures'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'

test.use({ locale: 'zh-CN' })

const SIX = [
  { name: '王总', title: '总经理', department: '总经办', roles: ['决策者'], stance: '中立', influence: '高', stage: '见面', line: '主线' },
  { name: '李经理', title: '采购部经理', department: '采购部', roles: ['采购者'], stance: '支持者', influence: '中', stage: '信任', coach: true },
  { name: '张工', title: '技术部主任', department: '技术部', roles: ['技术把关者', '影响者'], stance: '反对者', influence: '中', stage: '认识' },
  { name: '赵主管', title: '生产主管', department: '生产部', roles: ['使用者'], stance: '支持者', influence: '低', stage: '认可', line: '辅线' },
  { name: '钱会计', title: '财务经理', department: '财务部', roles: ['财务把关者'], stance: '态度不明', influence: '中', stage: '认识' },
  { name: '孙秘书', title: '总经理秘书', department: '总经办', roles: ['守门人'], stance: '中立', influence: '低', stage: '见面' }
]
/** The same six as stored rows, for the tests that start from a filled map. */
const SIX_STORED = [
  { name: '王总', title: '总经理', department: '总经办', roles: ['decisionMaker'], stance: 'neutral', influence: 'high', relationshipStage: 'meeting', line: 'main' },
  { name: '李经理', title: '采购部经理', department: '采购部', roles: ['buyer'], stance: 'supporter', influence: 'medium', relationshipStage: 'trust', isCoach: true },
  { name: '张工', title: '技术部主任', department: '技术部', roles: ['technicalEvaluator', 'influencer'], stance: 'opponent', influence: 'medium', relationshipStage: 'acquaintance' },
  { name: '赵主管', title: '生产主管', department: '生产部', roles: ['user'], stance: 'supporter', influence: 'low', relationshipStage: 'recognition', line: 'auxiliary' },
  { name: '钱会计', title: '财务经理', department: '财务部', roles: ['finance'], stance: 'unknown', influence: 'medium', relationshipStage: 'acquaintance' },
  { name: '孙秘书', title: '总经理秘书', department: '总经办', roles: ['gatekeeper'], stance: 'neutral', influence: 'low', relationshipStage: 'meeting' }
]

const stored = (names: string[]) => SIX_STORED.filter((p) => names.includes(p.name))

test('a rep maps people through the panel next to stored ones, and every field survives a reload', async ({ page }) => {
  const map = new StakeholdersPage(page)
  const { accountId } = await map.seed('华东精密机械有限公司', [])
  await expect(map.emptyState).toBeVisible()
  await map.storePeople(accountId, stored(['赵主管', '钱会计', '孙秘书']))
  await map.app.reload()
  await expect(map.rows).toHaveCount(3)

  for (const person of SIX.slice(0, 3)) await map.addPerson(person)
  await expect(map.rows).toHaveCount(6)
  await expect(map.nodes).toHaveCount(6)

  await map.app.reload()
  await expect(map.rows).toHaveCount(6)
  await expect(map.row('李经理')).toContainText('内线')
  await expect(map.row('王总')).toContainText('主线')
  await expect(map.row('张工')).toContainText('影响者、技术把关者')
  await expect(map.row('张工').getByTestId('stance')).toHaveText('反对者')
  await map.openPerson('王总')
  await expect(map.editorField('职务')).toHaveValue('总经理')
  await expect(map.editorField('联系线')).toHaveValue('main')
})

test('the other three people entered through the panel keep their title, department and line', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', stored(['王总', '李经理', '张工']))
  for (const person of SIX.slice(3)) await map.addPerson(person)
  await expect(map.rows).toHaveCount(6)
  await expect(map.nodes).toHaveCount(6)
  await map.app.reload()
  await expect(map.row('赵主管')).toContainText('生产主管 · 生产部')
  await expect(map.row('赵主管')).toContainText('辅线')
  await expect(map.row('孙秘书')).toContainText('守门人')
})

test('links drawn on the canvas are kept, the org chart puts the manager on top, and layouts switch', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', SIX_STORED)

  // Links on the canvas: reports-to and influences.
  await map.linkOnCanvas('李经理', '王总', '汇报给')
  await map.linkOnCanvas('张工', '王总', '影响')
  await map.openPerson('王总')
  await expect(map.links).toContainText('李经理 — 汇报给 → 王总')
  await expect(map.links).toContainText('张工 — 影响 → 王总')

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

  await map.app.reload()
  await map.openPerson('王总')
  await expect(map.links).toContainText('李经理 — 汇报给 → 王总')
  await expect(map.links).toContainText('张工 — 影响 → 王总')
  await map.screenshot('stakeholders-six.zh-CN')
})

test('a dragged node moves on screen and its stored position survives a reload', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', SIX_STORED)
  const before = await map.center(map.node('孙秘书'))
  await map.drag(before, { x: before.x + 90, y: before.y + 110 })
  await expect.poll(async () => (await map.center(map.node('孙秘书'))).y).toBeGreaterThan(before.y + 60)
  await expect
    .poll(async () => (await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')?.position ?? null)
    .not.toBeNull()
  const kept = (await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')!.position
  await map.app.reload()
  await expect(map.rows).toHaveCount(6)
  expect((await storedRows(page, 'stakeholders')).find((r) => r.name === '孙秘书')!.position).toEqual(kept)
})

test('removing the decision-maker raises a warning naming what is missing; setting one clears it', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', SIX_STORED)
  await expect(map.warning('noDecisionMaker')).toHaveCount(0)
  await map.openPerson('王总')
  await map.setRole('决策者', false)
  await map.savePerson('王总')
  await expect(map.warning('noDecisionMaker')).toBeVisible()
  await expect(map.warning('noDecisionMaker')).toContainText('还没找到决策者')
  await map.openPerson('李经理')
  await map.setRole('决策者', true)
  await map.savePerson('李经理')
  await expect(map.warning('noDecisionMaker')).toHaveCount(0)
})

test('the map exports as a PNG image and as an SVG carrying the people and their shapes', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', SIX_STORED)
  const png = await map.exportAs('PNG')
  expect(png.name).toMatch(/\.png$/)
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200) // width
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(100) // height

  const svg = (await map.exportAs('SVG')).bytes.toString('utf8')
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  for (const person of SIX) expect(svg).toContain(person.name)
  expect(svg).toContain('<polygon')
})

/** A local date N days before today, as a date input wants it. */
function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const EVIDENCE = '采购员说涨价函让周经理很被动'

/** 周经理 (neutral, influential buyer) and 吴总 (decision-maker), with a dossier finding to cite as evidence. */
async function seedNegotiation(map: StakeholdersPage) {
  return map.seed(
    '苏州恒力机电',
    [
      { name: '周经理', title: '采购部经理', roles: ['buyer'], stance: 'neutral', influence: 'high' },
      { name: '吴总', title: '副总经理', roles: ['decisionMaker'], stance: 'supporter', influence: 'high' }
    ],
    async (accountId) => {
      const now = Date.now()
      await map.app.putRawRow('dossierSections', {
        id: crypto.randomUUID(), accountId, channel: 'purchasing', order: 0, collapsed: false,
        content: doc(paragraph(finding({ findingId: 'f-price', channel: 'purchasing', date: now }, text(EVIDENCE)))),
        plainText: EVIDENCE, createdAt: now, updatedAt: now, deletedAt: null
      })
    }
  )
}

/** Neutral → supporter 50 days ago, supporter → opponent 20 days ago after the price letter. */
async function twoStanceChanges(map: StakeholdersPage) {
  await map.openPerson('周经理')
  await map.changeStance('周经理', '支持者', '试机效果好', daysAgo(50))
  await map.changeStance('周经理', '反对者', '收到涨价函之后', daysAgo(20), EVIDENCE)
}

test('stance changes are kept with their reasons and evidence, and an influential opponent is a warning', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedNegotiation(map)
  await twoStanceChanges(map)
  await expect(map.timeline).toHaveCount(2)
  await expect(map.timeline.nth(0)).toContainText('态度：支持者 → 反对者')
  await expect(map.timeline.nth(0)).toContainText('收到涨价函之后')
  await expect(map.timeline.nth(0)).toContainText(`依据：${EVIDENCE}`)
  await expect(map.timeline.nth(1)).not.toContainText('依据')
  await expect(map.timeline.nth(1)).toContainText('态度：中立 → 支持者')
  await expect(map.timeline.nth(1)).toContainText('试机效果好')
  await expect(map.warning('influentialOpponent')).toContainText('周经理')
})

test('the map as of an earlier date shows the stance then, read-only; back to today shows it now', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedNegotiation(map)
  await twoStanceChanges(map)
  await map.viewAsOf(daysAgo(35))
  await expect(map.row('周经理').getByTestId('stance')).toHaveText('支持者')
  await expect(map.warning('influentialOpponent')).toHaveCount(0)
  await expect(map.addPersonButton).toBeDisabled()
  await map.screenshot('stakeholders-as-of.zh-CN')
  await map.backToToday()
  await expect(map.row('周经理').getByTestId('stance')).toHaveText('反对者')
  await expect(map.warning('influentialOpponent')).toBeVisible()
})

test('a coverage rule switched off stays off after a reload', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('苏州恒力机电', [{ name: '周经理', title: '采购部经理', roles: ['buyer'], stance: 'opponent', influence: 'high' }])
  await expect(map.warning('influentialOpponent')).toBeVisible()
  await map.switchOffRule('有影响力很大的反对者')
  await expect(map.warning('influentialOpponent')).toHaveCount(0)
  await map.app.reload()
  await expect(map.rows).toHaveCount(1)
  await expect(map.warning('influentialOpponent')).toHaveCount(0)
})

test('a departure leaves a "find the successor" seat on the map and in the warnings', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedNegotiation(map)
  await map.openPerson('吴总')
  await map.markDeparted()
  await expect(map.row('吴总')).toContainText('已离职')
  await expect(map.vacancy('吴总')).toBeAttached()
  await expect(map.warning('vacantSeat')).toContainText('原：吴总')
  await expect(map.warning('noDecisionMaker')).toBeVisible()
  await expect(map.timeline.first()).toContainText('离职')
  await map.app.reload()
  await expect(map.warning('vacantSeat')).toContainText('原：吴总')
  await map.graph.scrollIntoViewIfNeeded()
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

/** Stores the 12-person account with its links and two logged visits, and opens its map. */
async function seedTwelve(map: StakeholdersPage) {
  const byKey = new Map(TWELVE.map(({ key, name }) => [key, name]))
  await map.seed(
    '江苏远东重型机械股份有限公司',
    TWELVE.map(({ key: _key, ...p }) => p),
    async (accountId, ids) => {
      const now = Date.now()
      const id = (key: string) => ids.get(byKey.get(key)!)
      const meta = () => ({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, accountId })
      await map.app.putRawRows('relationships', TWELVE_LINKS.map(([from, to, kind]) => ({ ...meta(), fromId: id(from), toId: id(to), kind, note: '' })))
      // Visits logged with some of them: 20 days ago with the coach, 5 days ago with the general manager.
      const visit = (daysBack: number, keys: string[]) => ({
        ...meta(), date: now - daysBack * 86_400_000, objective: '', outcome: '', nextReason: '', attendeeIds: keys.map(id)
      })
      await map.app.putRawRows('visits', [visit(20, ['clerk']), visit(5, ['gm'])])
    }
  )
}

test('a 12-person Chinese account reads clearly in both layouts', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedTwelve(map)
  await expect(map.rows).toHaveCount(12)
  await expect(map.nodes).toHaveCount(12)

  // Org chart: the general manager on top, the clerk below her manager.
  const gm = await map.center(map.node('陈建国'))
  const vp = await map.center(map.node('刘志强'))
  const clerk = await map.center(map.node('吴晓燕'))
  expect(gm.y).toBeLessThan(vp.y)
  expect(vp.y).toBeLessThan(clerk.y)
  await expectNoOverlap(map)
  await map.graphScreenshot('stakeholders-12-org.zh-CN')

  // The department matrix shows where we have people.
  await expect(map.departmentRow('采购')).toContainText('2')
  await expect(map.departmentRow('仓库').locator('td').first()).toHaveText('1')
  await expect(map.departmentRow('高层').locator('td').first()).toHaveText('3')
  await map.screenshot('stakeholders-12-page.zh-CN')

  await map.chooseLayout('影响力视图')
  await expectNoOverlap(map)
  await map.graphScreenshot('stakeholders-12-influence.zh-CN')
  await map.screenshot('stakeholders-12-influence-page.zh-CN')

  // Staleness against the cadence of each role: the coach is due after two weeks.
  const coachContact = map.contactBadge('吴晓燕')
  await expect(coachContact).toHaveText('20 天前')
  await expect(coachContact).toHaveAttribute('title', /每 14 天/)
  await expect(coachContact).toHaveClass(/warning/)
  await expect(map.contactBadge('陈建国')).toHaveClass(/success/)
  await expect(map.lastContact('周明')).toHaveText('从未')
  const rules = await map.openCoverageRules()
  await rules.getByLabel('内线', { exact: true }).fill('30')
  await map.screenshot('stakeholders-settings.zh-CN')
  await rules.getByRole('button', { name: '保存' }).click()
  // Her buyer role (every 21 days) is now the strictest cadence she has.
  await expect(coachContact).toHaveAttribute('title', /每 21 天/)
  await expect(coachContact).toHaveClass(/success/)
})

test('the map follows the dark theme live, labels stay readable at 1280 and 1920 wide, and an overdue contact shows its days', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await seedTwelve(map)
  // The coach was last seen 20 days ago (every 14 days is due): her node says so, the GM's (5 days) does not.
  await expect(map.node('吴晓燕')).toHaveAccessibleName(/· 20天未联系$/)
  await expect(map.node('陈建国')).not.toHaveAccessibleName(/未联系/)
  const svg = (await map.exportAs('SVG')).bytes.toString('utf8')
  expect(svg).toContain('· 20天未联系')

  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 })
    await page.emulateMedia({ colorScheme: 'light' })
    await map.fit()
    await expect.poll(() => map.labelPx()).toBeGreaterThanOrEqual(11)
    await expect.poll(async () => (await map.canvasLook()).background).toBeGreaterThan(200)
    const light = await map.canvasLook()
    await map.artefact(`stakeholders-${width}-light`)

    // Switching the system to dark re-colours the drawn map without a reload.
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(async () => (await map.canvasLook()).background).toBeLessThan(60)
    await expect.poll(async () => (await map.canvasLook()).brightShare).toBeLessThan(light.brightShare / 2)
    expect(await map.labelPx()).toBeGreaterThanOrEqual(11)
    console.log(`[graph ${width}px] label ${await map.labelPx()} px at fit; bright share light ${light.brightShare.toFixed(2)}, dark ${(await map.canvasLook()).brightShare.toFixed(2)}`)
    await map.artefact(`stakeholders-${width}-dark`)
  }

  // Zooming in makes labels bigger on screen.
  const atFit = await map.labelPx()
  await page.getByRole('button', { name: '放大' }).click()
  await page.getByRole('button', { name: '放大' }).click()
  await expect.poll(() => map.labelPx()).toBeGreaterThan(atFit)
})

test('people with no manager sit below the org chart, one row per department, and the map re-fits after adding someone', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', SIX_STORED, async (accountId, ids) => {
    const now = Date.now()
    const link = (from: string, to: string) => ({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, accountId, fromId: ids.get(from), toId: ids.get(to), kind: 'reportsTo', note: '' })
    await map.app.putRawRows('relationships', [link('李经理', '王总'), link('张工', '王总')])
  })
  const boss = await map.center(map.node('王总'))
  const report = await map.center(map.node('李经理'))
  expect(boss.y).toBeLessThan(report.y)
  // 赵主管 (生产部), 钱会计 (财务部) and 孙秘书 (总经办) report to no one: below the chart, not beside its top.
  const loose = await Promise.all(['赵主管', '钱会计', '孙秘书'].map((name) => map.center(map.node(name))))
  for (const p of loose) expect(p.y).toBeGreaterThan(report.y)
  expect(new Set(loose.map((p) => Math.round(p.y))).size).toBe(3)
  await expectNoOverlap(map)
  await map.artefact('stakeholders-loose-below')

  // A new person appears inside the visible map.
  await map.addPerson({ name: '周工', title: '设备主管', department: '设备部' })
  await expect(map.nodes).toHaveCount(7)
  const frame = (await map.graph.boundingBox())!
  await expect
    .poll(async () => {
      const boxes = await map.nodes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
      return boxes.every((b) => b.left >= frame.x - 1 && b.right <= frame.x + frame.width + 1 && b.top >= frame.y - 1 && b.bottom <= frame.y + frame.height + 1)
    })
    .toBe(true)
})

/** No two nodes' boxes on screen overlap. */
async function expectNoOverlap(map: StakeholdersPage) {
  await expect
    .poll(async () => {
      const boxes = await map.nodes.evaluateAll((els) =>
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
    const map = new StakeholdersPage(page)
    const app = map.app
    await app.open()
    await app.startNewAccount(/new account|create your first account/i)
    await app.createAccount({ label: 'Company name', value: 'Apex Bearings GmbH' }, { saveLabel: 'Save' })
    await app.openTab('Stakeholders')
    await expect(map.graph).toBeVisible()

    // Double-click on empty canvas opens a new person placed there.
    await map.createOnCanvas({ x: 200, y: 150 })
    await expect(map.editor.getByRole('heading', { name: 'New person' })).toBeVisible()
    await map.editorField('Name').fill('Klaus Weber')
    await map.editorField('Title').fill('Head of Purchasing')
    await map.setRole('Buyer', true)
    await map.editorField('Personality').selectOption({ label: 'Haggling' })
    // Drafted from the role and the personality, shown until the rep writes their own.
    await expect(map.editorField('Talking point 1')).toHaveAttribute('placeholder', 'Stable supply and dependable after-sales service.')
    await expect(map.editorField('Talking point 2')).toHaveAttribute('placeholder', /lower total purchase cost/)
    await expect(map.editor.getByText('Hold some room in reserve')).toBeVisible()
    await map.editorField('Talking point 1').fill('Two-week delivery from the Suzhou stock')
    await app.clickButton('Save person')
    await expect(app.text('Klaus Weber added')).toBeVisible()
    await expect(map.nodes).toHaveCount(1)
    await expect
      .poll(async () => (await storedRows(page, 'stakeholders')).find((r) => r.name === 'Klaus Weber')?.position ?? null)
      .not.toBeNull()

    await app.reload()
    await app.clickButton('Edit Klaus Weber')
    await expect(map.editorField('Talking point 1')).toHaveValue('Two-week delivery from the Suzhou stock')
    await expect(app.text('Legend')).toBeVisible()
    await map.screenshot('stakeholders-one.en')

    // Delete with undo.
    await app.clickButton('Delete person')
    await app.confirm('Delete')
    await expect(map.rows).toHaveCount(0)
    await expect(map.nodes).toHaveCount(0)
    await app.undo('Undo')
    await expect(map.rows).toHaveCount(1)
    await expect(map.nodes).toHaveCount(1)

    // From the keyboard: focus the person on the map and press Delete; Undo brings them back.
    await map.deleteFromKeyboard('Klaus Weber')
    await app.confirm('Delete')
    await expect(map.rows).toHaveCount(0)
    await app.undo('Undo')
    await expect(map.rows).toHaveCount(1)
  })
})

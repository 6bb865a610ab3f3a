import { expect, test } from './fixtures'
import { writeFileSync } from 'node:fs'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'
import { DossierPage } from './pages/DossierPage'

const isoDaysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 24 * 60 * 60 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('a rep writes Chinese and English in several sections, formats, marks findings, mentions, pastes a photo, and reloads at once', async ({ page }) => {
    const d = new DossierPage(page)
    await d.seed('华东精密机械有限公司', [{ name: '王经理', title: '采购部长' }, { name: '李总', title: '总经理' }])

    // Empty sections explain what to find out in that channel, in Chinese.
    await expect(d.section('gatekeeper').getByRole('heading', { name: '门卫' })).toBeVisible()
    await expect(d.prompts('warehouse')).toContainText('库存的品牌、型号、产地、质量')
    await expect(d.findingsPanel).toContainText('还没有情报')
    await d.screenshot('dossier-empty.zh-CN')

    // Gatekeeper: insert the prompts as a checklist, tick one, then write under it.
    await d.sectionButton('gatekeeper', '插入为待办清单').click()
    await expect(d.checklist('gatekeeper')).toHaveCount(5)
    await expect(d.checklist('gatekeeper').first()).toHaveText('主要产品')
    await expect(d.prompts('gatekeeper')).toHaveCount(0)
    await d.type('gatekeeper', '门卫说老板姓王，每周二来厂。')
    // Bold "老板姓王" (5th to 2nd-last characters before the caret).
    await d.press('ArrowLeft', 7)
    await d.selectBack(4)
    await d.tool('gatekeeper', '加粗').click()
    await expect(d.bold('gatekeeper')).toHaveText('老板姓王')
    // …and mark it as a finding heard from 王经理, high confidence.
    await d.markFinding('gatekeeper', { source: '王经理 · 采购部长', confidence: '高' })
    await expect(d.marks('gatekeeper')).toHaveText('老板姓王')

    // External sources: English text, marked as an (unverified) finding.
    await d.type('external', 'Website says they have 500 employees.')
    await d.press('ArrowLeft')
    await d.selectBack(13)
    await d.markFinding('external')
    await expect(d.marks('external')).toHaveText('500 employees')

    // Purchasing: mention a stakeholder with @, and use Markdown shortcuts.
    await d.type('purchasing', '采购负责人是 @王')
    await d.mentionOptions.filter({ hasText: '王经理' }).click()
    await d.write('，年底招标。')
    await expect(d.mentions('purchasing')).toHaveText('@王经理')
    await d.press('Enter')
    await d.typeKeys('## ')
    await d.write('付款条件')
    await expect(d.subheading('purchasing')).toHaveText('付款条件')

    // Warehouse: a photo pasted from the clipboard is stored and shown.
    await d.type('warehouse', '仓库照片：')
    await d.pasteImage('warehouse')
    await expect(d.images('warehouse')).toBeVisible()

    // Both findings are listed; the external one carries the "unverified web information" badge.
    await expect(d.findingItems).toHaveCount(2)
    await expect(d.findingItems.filter({ hasText: '500 employees' }).getByTestId('web-badge')).toHaveText('网络信息待核实')
    await expect(d.findingItems.filter({ hasText: '老板姓王' })).toContainText('王经理')
    await expect(d.findingItems.filter({ hasText: '老板姓王' }).getByTestId('web-badge')).toHaveCount(0)

    // Reload at once: the flush on unload keeps everything.
    await d.reload()
    await expect(d.checklist('gatekeeper')).toHaveCount(5)
    await expect(d.bold('gatekeeper')).toHaveText('老板姓王')
    await expect(d.marks('gatekeeper')).toHaveText('老板姓王')
    await expect(d.marks('external')).toHaveText('500 employees')
    await expect(d.editor('external')).toContainText('Website says they have 500 employees.')
    await expect(d.mentions('purchasing')).toHaveText('@王经理')
    await expect(d.editor('purchasing')).toContainText('，年底招标。')
    await expect(d.subheading('purchasing')).toHaveText('付款条件')
    await expect(d.images('warehouse')).toBeVisible()
    await expect(d.findingItems).toHaveCount(2)

  })

  test('the findings panel filters by channel and by unverified, verifying drops the web badge, and the other sections fill in', async ({ page }) => {
    const d = new DossierPage(page)
    await d.seed('华东精密机械有限公司', [], [
      { channel: 'gatekeeper', content: doc(paragraph(text('门卫说'), finding({ findingId: 'f-boss', channel: 'gatekeeper', verified: false }, text('老板姓王')))), plainText: '门卫说老板姓王' },
      { channel: 'external', content: doc(paragraph(text('Website says they have '), finding({ findingId: 'f-web', channel: 'external', verified: false }, text('500 employees')))), plainText: 'Website says they have 500 employees' }
    ])
    await expect(d.findingItems).toHaveCount(2)
    const webItem = d.findingItems.filter({ hasText: '500 employees' })
    await expect(webItem.getByTestId('web-badge')).toHaveText('网络信息待核实')

    await d.filterFindings('外部渠道')
    await expect(d.findingItems).toHaveCount(1)
    await expect(d.findingItems).toContainText('500 employees')
    await d.filterFindings('全部渠道')
    await d.onlyUnverified(true)
    await expect(d.findingItems).toHaveCount(2)
    // Verifying the web finding removes its badge and drops it from the unverified list.
    await d.verify(webItem)
    await expect(d.findingItems).toHaveCount(1)
    await expect(d.findingItems).toContainText('老板姓王')
    await d.onlyUnverified(false)
    await expect(d.findingItems.filter({ hasText: '500 employees' })).toContainText('已核实')
    await expect(d.findingItems.filter({ hasText: '500 employees' }).getByTestId('web-badge')).toHaveCount(0)
    // Fill the remaining sections so the screenshot shows a full dossier (the other sections are the seeded ones).
    await d.type('production', '两条数控线，每天约 800 件变速箱壳体；主轴轴承转速一万二。')
    await d.editor('engineering').click()
    await d.typeKeys('- ')
    await d.write('工况：锂基脂润滑，夏季温度偏高')
    await d.press('Enter')
    await d.write('噪音是他们最大的抱怨')
    await d.sectionButton('notes', '插入为待办清单').click()
    await d.write('下次带 6204 样品，约技术部张工一起看现场。')
    await expect(d.listItems('engineering')).toHaveCount(2)
    await d.waitSaved()
    await d.screenshot('dossier-full.zh-CN')
  })
})

test.describe('en', () => {
  test.use({ locale: 'en-US' })
  const PEOPLE = [{ name: 'Mr Wang', title: 'Head of purchasing' }, { name: 'Ms Li', title: 'General manager' }]

  test('a table, Markdown lists and quotes, italic with undo/redo, and a cleaned Word paste are kept after saving', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Eastern Precision Machinery', PEOPLE)
    await expect(d.prompts('engineering')).toContainText('Working conditions: lubrication, load, temperature, precision, speed')
    await d.screenshot('dossier-empty.en')

    // Warehouse: a table of brands and quantities.
    await d.type('warehouse', 'Stock seen on 12 May:')
    await d.tool('warehouse', 'Table').click()
    const cells = d.tableCells('warehouse')
    await expect(cells).toHaveCount(9)
    for (const [i, value] of ['Brand', 'Model', 'Qty / month', 'SKF', '6204-2RS', '200'].entries()) {
      await cells.nth(i).click()
      await d.write(value)
    }

    // Engineering: Markdown shortcuts for lists and quotes, and italic/underline from the toolbar.
    await d.editor('engineering').click()
    await d.typeKeys('- ')
    await d.write('Spindle bearings run at 12,000 rpm')
    await d.press('Enter')
    await d.write('Grease lubrication, 80 °C')
    await d.press('Enter', 2)
    await d.typeKeys('> ')
    await d.write('"Noise is our biggest complaint"')
    await expect(d.listItems('engineering')).toHaveCount(2)
    await expect(d.quote('engineering')).toContainText('Noise is our biggest complaint')
    await d.selectBack(5)
    await d.tool('engineering', 'Italic').click()
    await expect(d.italic('engineering')).toHaveText('aint"')
    await d.tool('engineering', 'Undo').click()
    await expect(d.italic('engineering')).toHaveCount(0)
    await d.tool('engineering', 'Redo').click()
    await expect(d.italic('engineering')).toHaveText('aint"')

    // Notes: pasted Word HTML keeps bold and headings but drops fonts and colours.
    await d.pasteHtml(
      'notes',
      '<h2 style="font-family:Calibri">Next visit</h2><p class="MsoNormal" style="color:red;font-size:18pt"><b>Bring samples</b> of the <span style="font-family:SimSun;color:#00f">6204</span> series</p>',
      'Next visit\nBring samples of the 6204 series'
    )
    await expect(d.subheading('notes')).toHaveText('Next visit')
    await expect(d.bold('notes')).toHaveText('Bring samples')
    await expect(d.inlineStyles('notes')).toHaveCount(0)

    await d.waitSaved()
    await d.reload()
    await expect(d.tableCells('warehouse').filter({ hasText: '6204-2RS' })).toBeVisible()
    await expect(d.italic('engineering')).toHaveText('aint"')
    await expect(d.bold('notes')).toHaveText('Bring samples')
  })

  test('a link, and a web finding that shows its age and goes stale when back-dated', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Eastern Precision Machinery', PEOPLE)
    await d.type('external', 'Catalogue at ')
    await d.write('their website')
    await d.linkBack('external', 13, 'https://example.com/catalogue')
    await expect(d.links('external')).toHaveAttribute('href', 'https://example.com/catalogue')
    await expect(d.links('external')).toHaveText('their website')
    await d.type('external', ' Neighbours say the plant runs two shifts.')
    await d.selectBack(23)
    await d.markFinding('external')
    await expect(d.findingItems.getByTestId('web-badge')).toHaveText('Unverified web information')
    await expect(d.findingItems.getByTestId('finding-age')).toHaveText('today')
    // Findings age visibly: back-date it by 100 days and it shows as stale.
    await d.editFinding({ date: isoDaysAgo(100), confidence: 'Low' })
    await expect(d.findingItems.getByTestId('finding-age')).toHaveText('100 days old')
    await expect(d.findingItems.getByTestId('finding-age')).toHaveAttribute('title', 'stale: confirm again')
    await expect(d.findingItems).toContainText('Confidence: Low')
  })

  test('a collapsed section and a new section order are kept after saving, and the outline counts what each holds', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Eastern Precision Machinery', PEOPLE)
    await d.type('warehouse', 'Stock seen on 12 May: SKF 6204-2RS, 200 a month.')
    await d.sectionButton('gatekeeper', 'Collapse Gatekeeper').click()
    await d.sectionButton('notes', 'Move Notes up').click()
    const order = ['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'notes', 'external']
    await expect.poll(() => d.sectionOrder()).toEqual(order)
    await expect(d.sectionButton('gatekeeper', 'Expand Gatekeeper')).toBeVisible()
    await d.waitSaved()
    await d.reload()
    await expect(d.editor('gatekeeper')).toBeHidden()
    await expect(d.sectionButton('gatekeeper', 'Expand Gatekeeper')).toBeVisible()
    expect(await d.sectionOrder()).toEqual(order)
    await expect(d.outline('warehouse')).toContainText('chars')
    await d.sectionButton('gatekeeper', 'Expand Gatekeeper').click()
    await expect(d.editor('gatekeeper')).toBeVisible()
  })

  test('a full English dossier: a verified finding, a mention, bold from the keyboard, and an outline that jumps', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Eastern Precision Machinery', PEOPLE)
    await d.type('external', 'Neighbours say the plant runs two shifts.')
    await d.selectBack(23)
    await d.markFinding('external')
    await d.sectionButton('gatekeeper', 'Insert as checklist').click()
    await d.write('Guard says the owner comes in on Tuesdays; his wife handles the buying.')
    await d.selectBack(28)
    await d.markFinding('gatekeeper', { verified: true })
    await d.type('production', 'Two CNC lines, about 800 gearbox housings a day. ')
    await d.write('Workshop manager: @Li')
    await expect(d.mentionOptions).toHaveText([/Ms Li/])
    await d.press('Enter')
    await d.type('purchasing', 'Buys through a yearly framework agreement; ')
    await d.press('Control+b')
    await d.write('90-day bank acceptance')
    await d.press('Control+b')
    await d.write('.')
    await expect(d.findingItems).toHaveCount(2)
    await expect(d.findingItems.filter({ hasText: 'his wife handles the buying' })).toContainText('Verified')
    // The outline shows how much each section holds and jumps to it.
    await expect(d.outline('gatekeeper')).toContainText('findings: 1')
    await expect(d.outline('purchasing')).toContainText('chars')
    await d.outline('external').click()
    await expect(d.section('external')).toBeInViewport()
    await d.waitSaved()
    await d.screenshot('dossier-full.en')
  })

  test('mentions follow renames and show deleted people as removed', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    const { accountId, peopleIds } = await d.seed('Acme Bearings', [{ name: 'Mr Wang', title: 'Buyer' }, { name: 'Ms Li', title: 'Storekeeper' }])
    await d.type('purchasing', 'Talked to @')
    // The suggestions list the account's people; typing narrows them.
    await expect(d.mentionOptions).toHaveCount(2)
    await d.write('Li')
    await expect(d.mentionOptions).toHaveCount(1)
    await d.press('Enter')
    await expect(d.mentions('purchasing')).toHaveText('@Ms Li')
    await d.type('purchasing', 'and @Wa')
    await expect(d.mentionOptions).toHaveText([/Mr Wang/])
    await d.press('Enter')
    await expect(d.mentions('purchasing')).toHaveText(['@Ms Li', '@Mr Wang'])
    await d.waitSaved()

    // Rename Ms Li and delete Mr Wang behind the dossier's back, then open it again.
    const now = Date.now()
    const person = (id: string, name: string, deletedAt: number | null) => ({
      accountId, name, title: '', department: '', phone: '', email: '', messaging: '', roles: [], stance: 'unknown', influence: 'medium',
      relationshipStage: 'acquaintance', isCoach: false, line: 'none', personality: null, caresAbout: '', sensitiveNotes: '', departedAt: null,
      position: null, id, createdAt: now, updatedAt: now, deletedAt
    })
    await d.app.putRawRow('stakeholders', person(peopleIds[1]!, 'Ms Li Na', null))
    await d.app.putRawRow('stakeholders', person(peopleIds[0]!, 'Mr Wang', now))
    await d.reload()
    await expect(d.mentions('purchasing')).toHaveText(['@Ms Li Na', '@Mr Wang (removed)'])
    // A deleted person is no longer suggested.
    await d.type('purchasing', ' @')
    await expect(d.mentionOptions).toHaveText([/Ms Li Na/])
  })

  test('a photo above the size cap is refused with a clear message', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Big Photo Ltd')
    // From a file on disk: handing Chromium a path is far quicker than sending 6 MB over the protocol.
    const huge = test.info().outputPath('huge.png')
    writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024, 1))
    await d.chooseImage('warehouse', huge)
    await expect(d.app.text('This photo is 6 MB; photos can be at most 5 MB. Make it smaller and try again.')).toBeVisible()
    await expect(d.images('warehouse', false)).toHaveCount(0)
  })

  test('a photo dropped onto a section is stored and shown after a reload', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Big Photo Ltd')
    await d.dropImage('warehouse')
    await expect(d.images('warehouse')).toBeVisible()
    await d.waitSaved()
    await d.reload()
    await expect(d.images('warehouse')).toBeVisible()
  })

  test('a corrupt saved section is reported while the others still open and save', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    const { accountId } = await d.seed('Damaged Data Co')
    await d.type('gatekeeper', 'Still here')
    await d.waitSaved()
    const warehouse = await d.storedSection(accountId, 'warehouse')
    await d.app.putRawRow('dossierSections', { ...warehouse, content: { root: { type: 'root', children: [{ type: 'youtube-embed' }] } } })
    await d.reload()
    await expect(d.corruptSection).toContainText('Warehouse & storekeeper')
    await expect(d.corruptSection).toContainText('This section could not be read')
    await expect(d.corruptSection).toContainText('youtube-embed')
    await expect(d.editor('gatekeeper')).toContainText('Still here')
    await expect(d.editor('warehouse')).toHaveCount(0)
    // Starting it again gives an empty, working section.
    await d.startAgain('Start this section again')
    await expect(d.corruptSection).toHaveCount(0)
    await d.type('warehouse', 'Fresh start')
    await d.waitSaved()
    await d.reload()
    await expect(d.editor('warehouse')).toContainText('Fresh start')
  })

  test('switching accounts or tabs right after typing keeps the text', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    const second = await d.seed('Second Account')
    const first = await d.seed('First Account')
    await d.type('notes', 'Typed just before leaving')
    // Leave for the overview tab at once, then come back.
    await d.app.openTab('Overview')
    await d.app.openTab('Dossier')
    await expect(d.editor('notes')).toContainText('Typed just before leaving')
    // Switch straight to another account's dossier, then back.
    await d.type('notes', ' and again')
    await d.switchTo(second.accountId)
    await expect(d.app.heading('Second Account')).toBeVisible()
    await expect(d.editor('notes')).not.toContainText('Typed just before leaving')
    await d.type('notes', 'Second account note')
    await d.switchTo(first.accountId)
    await expect(d.app.heading('First Account')).toBeVisible()
    await expect(d.editor('notes')).toContainText('Typed just before leaving and again')
    await d.reload()
    await d.switchTo(second.accountId)
    await expect(d.editor('notes')).toContainText('Second account note')
  })
})

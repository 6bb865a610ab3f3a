import { expect, test } from './fixtures'
import { DossierPage } from './pages/DossierPage'

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('a rep writes Chinese and English in several sections, formats, marks findings, mentions, pastes a photo, and reloads at once', async ({ page }) => {
    const d = new DossierPage(page)
    await d.seed('华东精密机械有限公司', [{ name: '王经理', title: '采购部长' }, { name: '李总', title: '总经理' }])

    // Empty sections explain what to find out in that channel, in Chinese.
    await expect(d.section('gatekeeper').getByRole('heading', { name: '门卫' })).toBeVisible()
    await expect(d.section('warehouse').getByTestId('section-prompts')).toContainText('库存的品牌、型号、产地、质量')
    await expect(d.findingsPanel).toContainText('还没有情报')
    await d.screenshot('dossier-empty.zh-CN')

    // Gatekeeper: insert the prompts as a checklist, tick one, then write under it.
    await d.section('gatekeeper').getByRole('button', { name: '插入为待办清单' }).click()
    const checklist = d.editor('gatekeeper').getByRole('checkbox')
    await expect(checklist).toHaveCount(5)
    await expect(checklist.first()).toHaveText('主要产品')
    await expect(d.section('gatekeeper').getByTestId('section-prompts')).toHaveCount(0)
    await d.type('gatekeeper', '门卫说老板姓王，每周二来厂。')
    // Bold "老板姓王" (5th to 2nd-last characters before the caret).
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await d.selectBack(4)
    await d.tool('gatekeeper', '加粗').click()
    await expect(d.editor('gatekeeper').locator('.ed-bold')).toHaveText('老板姓王')
    // …and mark it as a finding heard from 王经理, high confidence.
    await d.tool('gatekeeper', '标记为情报').click()
    const dialog = page.getByRole('dialog', { name: '标记为情报' })
    await dialog.getByLabel('消息来源人').selectOption({ label: '王经理 · 采购部长' })
    await dialog.getByLabel('可信度').selectOption({ label: '高' })
    await dialog.getByRole('button', { name: '保存情报' }).click()
    await expect(d.marks('gatekeeper')).toHaveText('老板姓王')

    // External sources: English text, marked as an (unverified) finding.
    await d.type('external', 'Website says they have 500 employees.')
    await page.keyboard.press('ArrowLeft')
    await d.selectBack(13)
    await d.tool('external', '标记为情报').click()
    await page.getByRole('dialog', { name: '标记为情报' }).getByRole('button', { name: '保存情报' }).click()
    await expect(d.marks('external')).toHaveText('500 employees')

    // Purchasing: mention a stakeholder with @, and use Markdown shortcuts.
    await d.type('purchasing', '采购负责人是 @王')
    await d.mentionOptions.filter({ hasText: '王经理' }).click()
    await page.keyboard.insertText('，年底招标。')
    await expect(d.editor('purchasing').getByTestId('mention')).toHaveText('@王经理')
    await page.keyboard.press('Enter')
    await page.keyboard.type('## ')
    await page.keyboard.insertText('付款条件')
    await expect(d.editor('purchasing').locator('h2')).toHaveText('付款条件')

    // Warehouse: a photo pasted from the clipboard is stored and shown.
    await d.type('warehouse', '仓库照片：')
    await d.pasteImage('warehouse')
    await expect(d.editor('warehouse').locator('img.editor-image')).toBeVisible()

    // Both findings are listed; the external one carries the "unverified web information" badge.
    await expect(d.findingItems).toHaveCount(2)
    const webItem = d.findingItems.filter({ hasText: '500 employees' })
    await expect(webItem.getByTestId('web-badge')).toHaveText('网络信息待核实')
    await expect(d.findingItems.filter({ hasText: '老板姓王' })).toContainText('王经理')
    await expect(d.findingItems.filter({ hasText: '老板姓王' }).getByTestId('web-badge')).toHaveCount(0)

    // Reload at once: the flush on unload keeps everything.
    await d.reload()
    await expect(d.editor('gatekeeper').getByRole('checkbox')).toHaveCount(5)
    await expect(d.editor('gatekeeper').locator('.ed-bold')).toHaveText('老板姓王')
    await expect(d.marks('gatekeeper')).toHaveText('老板姓王')
    await expect(d.marks('external')).toHaveText('500 employees')
    await expect(d.editor('external')).toContainText('Website says they have 500 employees.')
    await expect(d.editor('purchasing').getByTestId('mention')).toHaveText('@王经理')
    await expect(d.editor('purchasing')).toContainText('，年底招标。')
    await expect(d.editor('purchasing').locator('h2')).toHaveText('付款条件')
    await expect(d.editor('warehouse').locator('img.editor-image')).toBeVisible()
    await expect(d.findingItems).toHaveCount(2)

    // The findings panel filters by channel and by unverified.
    await d.findingsPanel.getByRole('combobox').selectOption({ label: '外部渠道' })
    await expect(d.findingItems).toHaveCount(1)
    await expect(d.findingItems).toContainText('500 employees')
    await d.findingsPanel.getByRole('combobox').selectOption({ label: '全部渠道' })
    await d.findingsPanel.getByLabel('只看待核实').check()
    await expect(d.findingItems).toHaveCount(2)
    // Verifying the web finding removes its badge and drops it from the unverified list.
    await webItem.getByRole('button', { name: '标为已核实' }).click()
    await expect(d.findingItems).toHaveCount(1)
    await expect(d.findingItems).toContainText('老板姓王')
    await d.findingsPanel.getByLabel('只看待核实').uncheck()
    await expect(d.findingItems.filter({ hasText: '500 employees' })).toContainText('已核实')
    await expect(d.findingItems.filter({ hasText: '500 employees' }).getByTestId('web-badge')).toHaveCount(0)
    // Fill the remaining sections so the screenshot shows a full dossier.
    await d.type('production', '两条数控线，每天约 800 件变速箱壳体；主轴轴承转速一万二。')
    await d.editor('engineering').click()
    await page.keyboard.type('- ')
    await page.keyboard.insertText('工况：锂基脂润滑，夏季温度偏高')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('噪音是他们最大的抱怨')
    await d.section('notes').getByRole('button', { name: '插入为待办清单' }).click()
    await page.keyboard.insertText('下次带 6204 样品，约技术部张工一起看现场。')
    await expect(d.editor('engineering').locator('ul li')).toHaveCount(2)
    await d.waitSaved()
    await d.screenshot('dossier-full.zh-CN')
  })
})

test.describe('en', () => {
  test.use({ locale: 'en-US' })

  test('full dossier in English: tables, lists, links, Word paste cleaned, collapse and reorder kept after saving', async ({ page }) => {
    const d = new DossierPage(page)
    await d.seed('Eastern Precision Machinery', [{ name: 'Mr Wang', title: 'Head of purchasing' }, { name: 'Ms Li', title: 'General manager' }])
    await expect(d.section('engineering').getByTestId('section-prompts')).toContainText('Working conditions: lubrication, load, temperature, precision, speed')
    await d.screenshot('dossier-empty.en')

    // Warehouse: a table of brands and quantities.
    await d.type('warehouse', 'Stock seen on 12 May:')
    await d.tool('warehouse', 'Table').click()
    const cells = d.editor('warehouse').locator('th, td')
    await expect(cells).toHaveCount(9)
    await cells.nth(0).click()
    await page.keyboard.insertText('Brand')
    await cells.nth(1).click()
    await page.keyboard.insertText('Model')
    await cells.nth(2).click()
    await page.keyboard.insertText('Qty / month')
    await cells.nth(3).click()
    await page.keyboard.insertText('SKF')
    await cells.nth(4).click()
    await page.keyboard.insertText('6204-2RS')
    await cells.nth(5).click()
    await page.keyboard.insertText('200')

    // Engineering: Markdown shortcuts for lists and quotes, and italic/underline from the toolbar.
    await d.editor('engineering').click()
    await page.keyboard.type('- ')
    await page.keyboard.insertText('Spindle bearings run at 12,000 rpm')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('Grease lubrication, 80 °C')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('> ')
    await page.keyboard.insertText('"Noise is our biggest complaint"')
    await expect(d.editor('engineering').locator('ul li')).toHaveCount(2)
    await expect(d.editor('engineering').locator('blockquote')).toContainText('Noise is our biggest complaint')
    await d.selectBack(5)
    await d.tool('engineering', 'Italic').click()
    await expect(d.editor('engineering').locator('.ed-italic')).toHaveText('aint"')
    await d.tool('engineering', 'Undo').click()
    await expect(d.editor('engineering').locator('.ed-italic')).toHaveCount(0)
    await d.tool('engineering', 'Redo').click()
    await expect(d.editor('engineering').locator('.ed-italic')).toHaveText('aint"')

    // Notes: pasted Word HTML keeps bold and headings but drops fonts and colours.
    await d.pasteHtml(
      'notes',
      '<h2 style="font-family:Calibri">Next visit</h2><p class="MsoNormal" style="color:red;font-size:18pt"><b>Bring samples</b> of the <span style="font-family:SimSun;color:#00f">6204</span> series</p>',
      'Next visit\nBring samples of the 6204 series'
    )
    await expect(d.editor('notes').locator('h2')).toHaveText('Next visit')
    await expect(d.editor('notes').locator('.ed-bold')).toHaveText('Bring samples')
    await expect(d.editor('notes').locator('[style*="color"], [style*="font-family"], [style*="font-size"]')).toHaveCount(0)

    // External: a link, and a finding marked from another channel's point of view.
    await d.type('external', 'Catalogue at ')
    await page.keyboard.insertText('their website')
    await d.selectBack(13)
    await d.tool('external', 'Link').click()
    const url = d.section('external').getByLabel('Link address')
    await url.fill('https://example.com/catalogue')
    await url.press('Enter')
    await expect(d.editor('external').locator('a')).toHaveAttribute('href', 'https://example.com/catalogue')
    await expect(d.editor('external').locator('a')).toHaveText('their website')
    await d.type('external', ' Neighbours say the plant runs two shifts.')
    await d.selectBack(23)
    await d.tool('external', 'Mark as finding').click()
    await page.getByRole('dialog', { name: 'Mark as finding' }).getByRole('button', { name: 'Save finding' }).click()
    await expect(d.findingItems.getByTestId('web-badge')).toHaveText('Unverified web information')
    await expect(d.findingItems.getByTestId('finding-age')).toHaveText('today')
    // Findings age visibly: back-date it by 100 days and it shows as stale.
    await d.findingItems.getByRole('button', { name: 'Edit finding' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit finding' })
    const hundredDaysAgo = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000)
    const pad = (n: number) => String(n).padStart(2, '0')
    await edit.getByLabel('Date learned').fill(`${hundredDaysAgo.getFullYear()}-${pad(hundredDaysAgo.getMonth() + 1)}-${pad(hundredDaysAgo.getDate())}`)
    await edit.getByLabel('Confidence').selectOption({ label: 'Low' })
    await edit.getByRole('button', { name: 'Save finding' }).click()
    await expect(d.findingItems.getByTestId('finding-age')).toHaveText('100 days old')
    await expect(d.findingItems.getByTestId('finding-age')).toHaveAttribute('title', 'stale: confirm again')
    await expect(d.findingItems).toContainText('Confidence: Low')

    // Collapse gatekeeper and move notes up; wait for the saved indicator, then reload.
    await d.section('gatekeeper').getByRole('button', { name: 'Collapse Gatekeeper' }).click()
    await d.section('notes').getByRole('button', { name: 'Move Notes up' }).click()
    await expect.poll(() => d.sectionOrder()).toEqual(['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'notes', 'external'])
    await expect(d.section('gatekeeper').getByRole('button', { name: 'Expand Gatekeeper' })).toBeVisible()
    await d.waitSaved()
    await page.reload()
    await d.ready()
    await expect(d.editor('gatekeeper')).toBeHidden()
    await expect(d.section('gatekeeper').getByRole('button', { name: 'Expand Gatekeeper' })).toBeVisible()
    expect(await d.sectionOrder()).toEqual(['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'notes', 'external'])
    await expect(d.editor('warehouse').locator('td').filter({ hasText: '6204-2RS' })).toBeVisible()
    await expect(d.editor('engineering').locator('.ed-italic')).toHaveText('aint"')
    await expect(d.editor('notes').locator('.ed-bold')).toHaveText('Bring samples')
    await expect(d.page.getByTestId('outline-warehouse')).toContainText('chars')
    await d.section('gatekeeper').getByRole('button', { name: 'Expand Gatekeeper' }).click()
    await expect(d.editor('gatekeeper')).toBeVisible()

    // Fill the rest so the screenshot shows a full dossier.
    await d.section('gatekeeper').getByRole('button', { name: 'Insert as checklist' }).click()
    await page.keyboard.insertText('Guard says the owner comes in on Tuesdays; his wife handles the buying.')
    await d.selectBack(28)
    await d.tool('gatekeeper', 'Mark as finding').click()
    await page.getByRole('dialog', { name: 'Mark as finding' }).getByLabel('Verified').check()
    await page.getByRole('dialog', { name: 'Mark as finding' }).getByRole('button', { name: 'Save finding' }).click()
    await d.type('production', 'Two CNC lines, about 800 gearbox housings a day. ')
    await page.keyboard.insertText('Workshop manager: @Li')
    await expect(d.mentionOptions).toHaveText([/Ms Li/])
    await page.keyboard.press('Enter')
    await d.type('purchasing', 'Buys through a yearly framework agreement; ')
    await page.keyboard.press('Control+b')
    await page.keyboard.insertText('90-day bank acceptance')
    await page.keyboard.press('Control+b')
    await page.keyboard.insertText('.')
    await expect(d.findingItems).toHaveCount(2)
    await expect(d.findingItems.filter({ hasText: 'his wife handles the buying' })).toContainText('Verified')
    // The outline shows how much each section holds and jumps to it.
    await expect(page.getByTestId('outline-gatekeeper')).toContainText('findings: 1')
    await expect(page.getByTestId('outline-purchasing')).toContainText('chars')
    await page.getByTestId('outline-external').click()
    await expect(d.section('external')).toBeInViewport()
    await d.waitSaved()
    await d.screenshot('dossier-full.en')
  })

  test('mentions follow renames and show deleted people as removed', async ({ page }) => {
    const d = new DossierPage(page)
    const { accountId, peopleIds } = await d.seed('Acme Bearings', [{ name: 'Mr Wang', title: 'Buyer' }, { name: 'Ms Li', title: 'Storekeeper' }])
    await d.type('purchasing', 'Talked to @')
    // The suggestions list the account's people; typing narrows them.
    await expect(d.mentionOptions).toHaveCount(2)
    await page.keyboard.insertText('Li')
    await expect(d.mentionOptions).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(d.editor('purchasing').getByTestId('mention')).toHaveText('@Ms Li')
    await d.type('purchasing', 'and @Wa')
    await expect(d.mentionOptions).toHaveText([/Mr Wang/])
    await page.keyboard.press('Enter')
    await expect(d.editor('purchasing').getByTestId('mention')).toHaveText(['@Ms Li', '@Mr Wang'])
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
    await expect(d.editor('purchasing').getByTestId('mention')).toHaveText(['@Ms Li Na', '@Mr Wang (removed)'])
    // A deleted person is no longer suggested.
    await d.type('purchasing', ' @')
    await expect(d.mentionOptions).toHaveText([/Ms Li Na/])
  })

  test('a photo above the size cap is refused with a clear message', async ({ page }) => {
    const d = new DossierPage(page)
    await d.seed('Big Photo Ltd')
    await d.editor('warehouse').click()
    await d.section('warehouse').getByTestId('image-input').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(6 * 1024 * 1024, 1) })
    await expect(page.getByText('This photo is 6 MB; photos can be at most 5 MB. Make it smaller and try again.')).toBeVisible()
    await expect(d.editor('warehouse').locator('img')).toHaveCount(0)
    // A photo dropped onto a section is stored and shown.
    await d.dropImage('warehouse')
    await expect(d.editor('warehouse').locator('img.editor-image')).toBeVisible()
    await d.waitSaved()
    await d.reload()
    await expect(d.editor('warehouse').locator('img.editor-image')).toBeVisible()
  })

  test('a corrupt saved section is reported while the others still open and save', async ({ page }) => {
    const d = new DossierPage(page)
    const { accountId } = await d.seed('Damaged Data Co')
    await d.type('gatekeeper', 'Still here')
    await d.waitSaved()
    const rows = await page.evaluate(
      (accountId) =>
        new Promise<{ id: string; channel: string }[]>((resolve) => {
          const req = indexedDB.open('account-atlas')
          req.onsuccess = () => {
            const all = req.result.transaction('dossierSections').objectStore('dossierSections').getAll()
            all.onsuccess = () => resolve((all.result as { id: string; channel: string; accountId: string }[]).filter((r) => r.accountId === accountId))
          }
        }),
      accountId
    )
    const warehouse = await page.evaluate(
      ({ id }) =>
        new Promise<Record<string, unknown>>((resolve) => {
          const req = indexedDB.open('account-atlas')
          req.onsuccess = () => {
            const get = req.result.transaction('dossierSections').objectStore('dossierSections').get(id)
            get.onsuccess = () => resolve(get.result as Record<string, unknown>)
          }
        }),
      { id: rows.find((r) => r.channel === 'warehouse')!.id }
    )
    await d.app.putRawRow('dossierSections', { ...warehouse, content: { root: { type: 'root', children: [{ type: 'youtube-embed' }] } } })
    await d.reload()
    const corrupt = page.getByTestId('section-corrupt')
    await expect(corrupt).toContainText('Warehouse & storekeeper')
    await expect(corrupt).toContainText('This section could not be read')
    await expect(corrupt).toContainText('youtube-embed')
    await expect(d.editor('gatekeeper')).toContainText('Still here')
    await expect(d.editor('warehouse')).toHaveCount(0)
    // Starting it again gives an empty, working section.
    await corrupt.getByRole('button', { name: 'Start this section again' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Start this section again' }).click()
    await expect(corrupt).toHaveCount(0)
    await d.type('warehouse', 'Fresh start')
    await d.waitSaved()
    await d.reload()
    await expect(d.editor('warehouse')).toContainText('Fresh start')
  })

  test('switching accounts or tabs right after typing keeps the text', async ({ page }) => {
    const d = new DossierPage(page)
    const second = await d.seed('Second Account')
    const first = await d.seed('First Account')
    await d.type('notes', 'Typed just before leaving')
    // Leave for the overview tab at once, then come back.
    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('link', { name: 'Dossier' }).click()
    await expect(d.editor('notes')).toContainText('Typed just before leaving')
    // Switch straight to another account's dossier, then back.
    await d.type('notes', ' and again')
    await page.evaluate((id) => (window.location.hash = `#/accounts/${id}/dossier`), second.accountId)
    await expect(page.getByRole('heading', { level: 1, name: 'Second Account' })).toBeVisible()
    await expect(d.editor('notes')).not.toContainText('Typed just before leaving')
    await d.type('notes', 'Second account note')
    await page.evaluate((id) => (window.location.hash = `#/accounts/${id}/dossier`), first.accountId)
    await expect(page.getByRole('heading', { level: 1, name: 'First Account' })).toBeVisible()
    await expect(d.editor('notes')).toContainText('Typed just before leaving and again')
    await d.reload()
    await page.evaluate((id) => (window.location.hash = `#/accounts/${id}/dossier`), second.accountId)
    await expect(d.editor('notes')).toContainText('Second account note')
  })
})

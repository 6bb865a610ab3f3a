import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { expect, type Locator, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { emptyAccountDraft, type StakeholderDraft } from '#shared/schemas'
import { AccountsApp } from './AccountsApp'
import { storedRows } from './StakeholdersPage'

const LABELS = {
  zh: { mark: '标记为情报', save: '保存情报', source: '消息来源人', confidence: '可信度', verified: '已核实', edit: '编辑情报', date: '获知日期', onlyUnverified: '只看待核实', verify: '标为已核实' },
  en: { mark: 'Mark as finding', save: 'Save finding', source: 'Heard from', confidence: 'Confidence', verified: 'Verified', edit: 'Edit finding', date: 'Date learned', onlyUnverified: 'Unverified only', verify: 'Mark verified' }
}

export type FindingFields = { source?: string; confidence?: string; verified?: boolean; date?: string }

/** Page model for an account's dossier; specs talk to the dossier through this. */
export class DossierPage {
  readonly app: AccountsApp

  private readonly labels: (typeof LABELS)['zh']

  constructor(
    readonly page: Page,
    lang: keyof typeof LABELS = 'zh'
  ) {
    this.app = new AccountsApp(page)
    this.labels = LABELS[lang]
  }

  /** Stores an account (and optionally its people and sections) straight into IndexedDB and opens its dossier. */
  async seed(name: string, people: { name: string; title?: string; deleted?: boolean }[] = [], sections: { channel: string; content: unknown; plainText: string }[] = []) {
    await this.app.open()
    // The app creates its database on its first query; write rows only once it exists with its tables.
    await expect
      .poll(() => this.page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1)))
      .toBe(true)
    const accountId = randomUUID()
    const now = Date.now()
    await this.app.putRawRow('accounts', { ...emptyAccountDraft(), name, id: accountId, createdAt: now, updatedAt: now, deletedAt: null })
    const ids: string[] = []
    for (const person of people) {
      const id = randomUUID()
      ids.push(id)
      const draft: StakeholderDraft = emptyStakeholderDraft(accountId, { name: person.name, title: person.title ?? '' })
      await this.app.putRawRow('stakeholders', { ...draft, id, createdAt: now, updatedAt: now, deletedAt: person.deleted ? now : null })
    }
    for (const [order, section] of sections.entries()) {
      await this.app.putRawRow('dossierSections', { ...section, id: randomUUID(), accountId, order, collapsed: false, createdAt: now, updatedAt: now, deletedAt: null })
    }
    await this.goto(accountId)
    return { accountId, peopleIds: ids }
  }

  async goto(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/dossier`)
    await this.page.reload()
    await this.ready()
  }

  /** Opens the account's dossier within the running app (no reload, so it works offline too). */
  async open(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/dossier`)
    await this.ready()
  }

  async ready() {
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
    await expect(this.page.locator('.dossier-main > section').first()).toBeVisible()
  }

  /** Reloads at once, without waiting for the saved indicator. */
  async reload() {
    await this.page.reload()
    await this.ready()
  }

  section(channel: string): Locator {
    return this.page.getByTestId(`section-${channel}`)
  }

  /** The channels of the sections, top to bottom. */
  async sectionOrder(): Promise<string[]> {
    return this.page.locator('.dossier-main > section[data-testid^="section-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('section-', '')))
  }

  editor(channel: string): Locator {
    return this.page.getByTestId(`editor-${channel}`)
  }

  /** A paragraph of a section's editor, by text it holds. */
  paragraph(channel: string, text: string): Locator {
    return this.editor(channel).locator('p').filter({ hasText: text })
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state')
  }

  async waitSaved() {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }

  /** Puts the caret at the end of a section's text and types (insertText handles Chinese). */
  async type(channel: string, text: string) {
    const editor = this.editor(channel)
    await editor.click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.insertText(text)
  }

  /** Puts the caret at the very start of a section's text and types. */
  async typeAtStart(channel: string, text: string) {
    await this.editor(channel).click()
    await this.page.keyboard.press('Control+Home')
    await this.page.keyboard.insertText(text)
  }

  /** Selects the last `count` characters before the caret. */
  async selectBack(count: number) {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowLeft')
  }

  tool(channel: string, name: string): Locator {
    return this.section(channel).getByRole('toolbar').getByRole('button', { name, exact: true })
  }

  /** The @-mention suggestions. */
  get mentionOptions(): Locator {
    return this.page.locator('.mention-menu').getByRole('option')
  }

  get findingsPanel(): Locator {
    return this.page.getByTestId('findings-panel')
  }

  get findingItems(): Locator {
    return this.findingsPanel.getByTestId('finding-item')
  }

  marks(channel: string): Locator {
    return this.editor(channel).locator('mark[data-finding-id]')
  }

  /** A section's own button (collapse, move, insert the prompts as a checklist…), by its name. */
  sectionButton(channel: string, name: string): Locator {
    return this.section(channel).getByRole('button', { name })
  }

  prompts(channel: string): Locator {
    return this.section(channel).getByTestId('section-prompts')
  }

  checklist(channel: string): Locator {
    return this.editor(channel).getByRole('checkbox')
  }

  bold(channel: string): Locator {
    return this.editor(channel).locator('.ed-bold')
  }
  italic(channel: string): Locator {
    return this.editor(channel).locator('.ed-italic')
  }
  subheading(channel: string): Locator {
    return this.editor(channel).locator('h2')
  }
  listItems(channel: string): Locator {
    return this.editor(channel).locator('ul li')
  }
  quote(channel: string): Locator {
    return this.editor(channel).locator('blockquote')
  }
  links(channel: string): Locator {
    return this.editor(channel).locator('a')
  }
  tableCells(channel: string): Locator {
    return this.editor(channel).locator('th, td')
  }
  /** Pictures in a section; `stored` narrows to the ones the editor shows as images it kept. */
  images(channel: string, stored = true): Locator {
    return this.editor(channel).locator(stored ? 'img.editor-image' : 'img')
  }
  mentions(channel: string): Locator {
    return this.editor(channel).getByTestId('mention')
  }
  /** Any inline style a paste may have carried in. */
  inlineStyles(channel: string): Locator {
    return this.editor(channel).locator('[style*="color"], [style*="font-family"], [style*="font-size"]')
  }
  outline(channel: string): Locator {
    return this.page.getByTestId(`outline-${channel}`)
  }
  get corruptSection(): Locator {
    return this.page.getByTestId('section-corrupt')
  }

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key)
  }
  /** Types at the caret (insertText, so Chinese arrives whole). */
  async write(text: string) {
    await this.page.keyboard.insertText(text)
  }
  /** Types key by key, for Markdown shortcuts ("## ", "- ", "> ") that react to each key. */
  async typeKeys(keys: string) {
    await this.page.keyboard.type(keys)
  }

  /** Marks the selected text as a finding through the toolbar's dialog. */
  async markFinding(channel: string, f: FindingFields = {}) {
    await this.tool(channel, this.labels.mark).click()
    const dialog = this.page.getByRole('dialog', { name: this.labels.mark })
    await this.fillFinding(dialog, f)
  }

  /** Edits the (only) listed finding. */
  async editFinding(f: FindingFields) {
    await this.findingItems.getByRole('button', { name: this.labels.edit }).click()
    await this.fillFinding(this.page.getByRole('dialog', { name: this.labels.edit }), f)
  }

  private async fillFinding(dialog: Locator, f: FindingFields) {
    if (f.source) await dialog.getByLabel(this.labels.source).selectOption({ label: f.source })
    if (f.confidence) await dialog.getByLabel(this.labels.confidence).selectOption({ label: f.confidence })
    if (f.date) await dialog.getByLabel(this.labels.date).fill(f.date)
    if (f.verified) await dialog.getByLabel(this.labels.verified).check()
    await dialog.getByRole('button', { name: this.labels.save }).click()
    await expect(dialog).toBeHidden()
  }

  async filterFindings(channelLabel: string) {
    await this.findingsPanel.getByRole('combobox').selectOption({ label: channelLabel })
  }
  async onlyUnverified(on: boolean) {
    await this.findingsPanel.getByLabel(this.labels.onlyUnverified).setChecked(on)
  }
  async verify(item: Locator) {
    await item.getByRole('button', { name: this.labels.verify }).click()
  }

  /** Selects the last `count` characters and turns them into a link. */
  async linkBack(channel: string, count: number, url: string) {
    await this.selectBack(count)
    await this.tool(channel, 'Link').click()
    const address = this.section(channel).getByLabel('Link address')
    await address.fill(url)
    await address.press('Enter')
  }

  /** Chooses a picture file through a section's file input. */
  async chooseImage(channel: string, file: string) {
    await this.editor(channel).click()
    await this.section(channel).getByTestId('image-input').setInputFiles(file)
  }

  /** Starts a corrupt section again, confirming. */
  async startAgain(label: string) {
    await this.corruptSection.getByRole('button', { name: label }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: label }).click()
  }

  /** The stored row of one of an account's sections. */
  async storedSection(accountId: string, channel: string): Promise<Record<string, unknown>> {
    const rows = await storedRows(this.page, 'dossierSections')
    return rows.find((r) => r.accountId === accountId && r.channel === channel)!
  }

  /** Switches to another account's dossier the way a link inside the app would (no reload). */
  async switchTo(accountId: string) {
    await this.page.evaluate((id) => (window.location.hash = `#/accounts/${id}/dossier`), accountId)
  }

  /** Pastes a drawn 320×180 PNG "photo" into a section, as the clipboard would. */
  async pasteImage(channel: string) {
    await this.transferImage(channel, 'paste')
  }

  /** Drops a drawn PNG "photo" onto a section's text. */
  async dropImage(channel: string) {
    await this.transferImage(channel, 'drop')
  }

  private async transferImage(channel: string, how: 'paste' | 'drop') {
    await this.editor(channel).click()
    await this.page.keyboard.press('Control+End')
    await this.editor(channel).evaluate(async (el, how) => {
      const canvas = document.createElement('canvas')
      canvas.width = 320
      canvas.height = 180
      const g = canvas.getContext('2d')!
      const gradient = g.createLinearGradient(0, 0, 320, 180)
      gradient.addColorStop(0, '#c7d2fe')
      gradient.addColorStop(1, '#fde68a')
      g.fillStyle = gradient
      g.fillRect(0, 0, 320, 180)
      g.fillStyle = '#334155'
      for (let i = 0; i < 4; i++) g.fillRect(30 + i * 70, 70, 50, 80)
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'))
      const data = new DataTransfer()
      data.items.add(new File([blob], 'shelf.png', { type: 'image/png' }))
      if (how === 'paste') el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      else {
        const rect = el.getBoundingClientRect()
        const at = { clientX: rect.left + 20, clientY: rect.top + 20, bubbles: true, cancelable: true, dataTransfer: data }
        el.dispatchEvent(new DragEvent('dragover', at))
        el.dispatchEvent(new DragEvent('drop', at))
      }
    }, how)
  }

  /** Pastes HTML (as from a web page or Word). */
  async pasteHtml(channel: string, html: string, text: string) {
    await this.editor(channel).click()
    await this.page.keyboard.press('Control+End')
    await this.editor(channel).evaluate(
      (el, { html, text }) => {
        const data = new DataTransfer()
        data.setData('text/html', html)
        data.setData('text/plain', text)
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      { html, text }
    )
  }

  /** Screenshots the whole dossier: the viewport grows to the scrolling content's height first. */
  async screenshot(name: string) {
    const original = this.page.viewportSize()!
    const height = await this.page.evaluate(() => {
      let tallest = document.documentElement.scrollHeight
      for (const el of document.querySelectorAll('*')) {
        if (el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible') {
          tallest = Math.max(tallest, el.scrollHeight + (window.innerHeight - el.clientHeight))
          el.scrollTop = 0
        }
      }
      return tallest
    })
    await this.page.setViewportSize({ width: original.width, height: Math.min(height, 6000) })
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await this.app.screenshot(name)
    await this.page.setViewportSize(original)
  }
}

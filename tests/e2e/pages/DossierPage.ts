import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { expect, type Locator, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { emptyAccountDraft, type StakeholderDraft } from '#shared/schemas'
import { AccountsApp } from './AccountsApp'

/** Page model for an account's dossier; specs talk to the dossier through this. */
export class DossierPage {
  readonly app: AccountsApp

  constructor(readonly page: Page) {
    this.app = new AccountsApp(page)
  }

  /** Stores an account (and optionally its people) straight into IndexedDB and opens its dossier. */
  async seed(name: string, people: { name: string; title?: string; deleted?: boolean }[] = []) {
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
    await this.goto(accountId)
    return { accountId, peopleIds: ids }
  }

  async goto(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/dossier`)
    await this.page.reload()
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

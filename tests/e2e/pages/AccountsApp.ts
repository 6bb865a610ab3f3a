import { expect, type Locator, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { emptyAccountDraft, type AccountDraft } from '#shared/schemas'
import { translate } from '#shared/i18n/translate'
import { join } from 'node:path'
import { putRawTables } from '../../rawDb'

export const SCREENS_DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'screens')

/** Page model for the accounts screens; specs talk to the app through this so a UI change touches one file. */
export class AccountsApp {
  constructor(readonly page: Page) {}

  /** Opens the app on the account list (the app itself starts on Today). */
  async open() {
    await this.page.goto('./#/accounts')
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
  }

  async reload() {
    await this.page.reload()
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
  }

  async screenshot(name: string) {
    mkdirSync(SCREENS_DIR, { recursive: true })
    await this.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' })
  }

  get rows(): Locator {
    return this.page.getByTestId('account-row')
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name })
  }

  coverageCell(name: string): Locator {
    return this.row(name).getByTestId('coverage-cell')
  }

  async openList() {
    await this.page.goto('./#/accounts')
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
  }

  /** A form control by its visible label; a required field's label also carries a `*` marker. */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return this.page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`))
  }

  get verdict(): Locator {
    return this.page.getByTestId('qualification-verdict')
  }

  /** The Overview's "Edit details" / "Hide details" toggle (either language). */
  get detailsToggle(): Locator {
    const names = (['en', 'zh-CN'] as const).flatMap((l) => [translate(l, 'glance.editDetails'), translate(l, 'glance.hideDetails')])
    return this.page.getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) })
  }

  /**
   * Makes sure the Overview's details form is showing: a stored account opens at a glance with the form
   * behind "Edit details"; a new account is nothing but its form (no toggle).
   */
  async openDetails() {
    const form = this.page.locator('#account-details')
    await expect(form.or(this.detailsToggle).first()).toBeVisible()
    if ((await this.detailsToggle.count()) > 0 && (await this.detailsToggle.getAttribute('aria-expanded')) === 'false') {
      await this.detailsToggle.click()
    }
    await expect(form).toBeVisible()
  }

  async fill(fields: Record<string, string>) {
    await this.openDetails()
    for (const [label, value] of Object.entries(fields)) await this.field(label).fill(value)
  }

  async select(label: string, option: string) {
    await this.openDetails()
    await this.field(label).selectOption({ label: option })
  }

  async save(saveLabel: string) {
    await this.page.getByRole('button', { name: saveLabel, exact: true }).click()
  }

  async openAccount(name: string) {
    await this.row(name).getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name })
  }

  /** Any heading, e.g. an empty state's. */
  title(name: string): Locator {
    return this.page.getByRole('heading', { name })
  }

  text(text: string): Locator {
    return this.page.getByText(text)
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  dialog(name?: string): Locator {
    return name === undefined ? this.page.getByRole('dialog') : this.page.getByRole('dialog', { name })
  }

  /** Opens the new-account form from the empty state, a "new" button (by name) or Ctrl+N. */
  async startNewAccount(button: string | RegExp | 'Control+n', heading?: string) {
    if (button === 'Control+n') await this.page.keyboard.press('Control+n')
    else await this.page.getByRole('button', { name: button }).first().click()
    if (heading) await expect(this.heading(heading)).toBeVisible()
  }

  /** Fills and saves the new-account form; returns the stored account's id once its page is open. */
  async createAccount(name: { label: string; value: string }, opts: { fields?: Record<string, string>; selects?: Record<string, string>; saveLabel: string }) {
    await this.fill({ [name.label]: name.value, ...opts.fields })
    for (const [label, option] of Object.entries(opts.selects ?? {})) await this.select(label, option)
    await this.save(opts.saveLabel)
    await expect(this.heading(name.value)).toBeVisible()
    return /accounts\/([^/?#]+)/.exec(this.page.url())![1]!
  }

  async check(label: string) {
    await this.openDetails()
    await this.page.getByLabel(label).check()
  }

  checkbox(label: string): Locator {
    return this.page.getByLabel(label)
  }

  /** The sidebar entry back to the account list ("客户" / "Accounts"). */
  async goToList(label: string) {
    await this.page.getByRole('button', { name: label }).first().click()
  }

  /** A tab of the open account (overview, dossier, stakeholders, visits, brief). */
  async openTab(label: string) {
    await this.page.getByRole('link', { name: label }).click()
  }

  async chooseLanguage(label: 'English' | '中文') {
    await this.page.getByRole('radio', { name: label }).click()
  }

  async pressSaveShortcut() {
    await this.page.keyboard.press('Control+s')
  }

  /** Deletes the open account from its page, confirming. */
  async deleteOpenAccount() {
    await this.page.getByRole('button', { name: '删除', exact: true }).click()
    await expect(this.dialog('删除这个客户？')).toBeVisible()
    await this.confirm('删除')
  }

  /** Deletes an account from its row in the list, confirming. */
  async deleteFromList(name: string) {
    await this.row(name).getByRole('button', { name: /删除/ }).click()
    await this.confirm('删除')
  }

  /** Clicks a button by its accessible name (exact), for one-off actions not worth their own method. */
  async clickButton(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click()
  }

  /** Answers the open confirmation dialog. */
  async confirm(button: string) {
    await this.dialog().getByRole('button', { name: button }).click()
  }

  async openAccountById(id: string) {
    await this.page.goto(`./#/accounts/${id}`)
  }

  async undo(label = '撤销') {
    await this.page.getByRole('button', { name: label }).click()
  }

  /** The page's text, leaving out the language switch (which names each language in itself). */
  async visibleTextOutsideLanguageSwitch(): Promise<string> {
    return this.page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement
      clone.querySelectorAll('[role="radiogroup"]').forEach((el) => el.remove())
      return clone.innerText
    })
  }

  /** Stores an account straight into IndexedDB and (unless told not to) starts the app afresh; returns its id. */
  async seedAccount(fields: Partial<AccountDraft> & { name: string }, { reload = true } = {}): Promise<string> {
    await this.open()
    const id = randomUUID()
    const now = Date.now()
    await this.putRawRow('accounts', { ...emptyAccountDraft(), ...fields, id, createdAt: now, updatedAt: now, deletedAt: null })
    if (reload) await this.reload()
    return id
  }

  /** Writes a raw row straight into IndexedDB, bypassing the app, as an older or damaged version might have. */
  async putRawRow(table: string, row: Record<string, unknown>) {
    await this.putRawRows(table, [row])
  }

  /** Writes raw rows into one table in a single transaction. */
  async putRawRows(table: string, rows: Record<string, unknown>[]) {
    await putRawTables(this.page, { [table]: rows })
  }
}

import { expect, type Locator, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

export const SCREENS_DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'screens')

/** Page model for the accounts screens; specs talk to the app through this so a UI change touches one file. */
export class AccountsApp {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./')
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

  /** A form control by its visible label; a required field's label also carries a `*` marker. */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return this.page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`))
  }

  get verdict(): Locator {
    return this.page.getByTestId('qualification-verdict')
  }

  async fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) await this.field(label).fill(value)
  }

  async select(label: string, option: string) {
    await this.field(label).selectOption({ label: option })
  }

  async save(saveLabel: string) {
    await this.page.getByRole('button', { name: saveLabel, exact: true }).click()
  }

  async openAccount(name: string) {
    await this.row(name).getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
  }

  /** Writes a raw row straight into IndexedDB, bypassing the app, as an older or damaged version might have. */
  async putRawRow(table: string, row: Record<string, unknown>) {
    // The app creates its database on start-up; write only once it exists at its current version.
    await expect
      .poll(() => this.page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1)))
      .toBe(true)
    await this.page.evaluate(
      ({ table, row }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('account-atlas')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(table, 'readwrite')
            tx.objectStore(table).put(row)
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      { table, row }
    )
  }
}

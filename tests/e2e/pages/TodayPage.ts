import { expect, type Locator, type Page } from '@playwright/test'
import type { SeedTables } from '../seeds/todayRows'

/** Page model for the Today screen (the app's first screen). */
export class TodayPage {
  constructor(readonly page: Page) {}

  /** Opens the app at its start address, where Today is. */
  async open() {
    await this.page.goto('./')
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
  }

  async reload() {
    await this.page.reload()
    await expect(this.page.getByTestId('today-screen')).toBeVisible()
  }

  /** Writes rows straight into IndexedDB (once the app has created it) and reloads. */
  async seed(tables: Partial<SeedTables>) {
    await expect
      .poll(() => this.page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1)))
      .toBe(true)
    await this.page.evaluate(
      (tables) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('account-atlas')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(Object.keys(tables), 'readwrite')
            for (const [table, rows] of Object.entries(tables)) for (const row of rows ?? []) tx.objectStore(table).put(row)
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      tables
    )
    await this.reload()
  }

  /** One group of due accounts: 'overdue', 'today', 'thisWeek' or 'noVisits'. */
  dueGroup(group: 'overdue' | 'today' | 'thisWeek' | 'noVisits'): Locator {
    return this.page.getByTestId(`due-${group}`)
  }

  dueAccount(name: string): Locator {
    return this.page.getByTestId('due-account').filter({ hasText: name })
  }

  task(text: string): Locator {
    return this.page.getByTestId('open-task').filter({ hasText: text })
  }

  lapsedPerson(name: string): Locator {
    return this.page.getByTestId('lapsed-person').filter({ hasText: name })
  }

  planned(account: string): Locator {
    return this.page.getByTestId('planned-visit').filter({ hasText: account })
  }

  chart(name: RegExp): Locator {
    return this.page.getByRole('img', { name })
  }

  async tickTask(text: string) {
    await this.page.getByRole('checkbox', { name: new RegExp(`“${text}”`) }).click()
  }
}

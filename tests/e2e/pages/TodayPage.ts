import { expect, type Locator, type Page } from '@playwright/test'
import type { SeedTables } from '../seeds/todayRows'
import { putRawTables } from '../../rawDb'

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
    await putRawTables(this.page, tables)
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

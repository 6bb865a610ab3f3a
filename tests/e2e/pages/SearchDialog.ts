import { expect, type Locator, type Page } from '@playwright/test'

/** Page model for the Ctrl+K search. */
export class SearchDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('search')
  }
  get box(): Locator {
    return this.root.getByRole('combobox')
  }
  get hits(): Locator {
    return this.root.getByTestId('search-hit')
  }

  async open() {
    await this.page.keyboard.press('Control+k')
    await expect(this.box).toBeVisible()
  }

  async query(phrase: string) {
    await this.box.fill(phrase)
  }

  text(t: string): Locator {
    return this.root.getByText(t)
  }

  async openFirstHit() {
    await this.page.keyboard.press('Enter')
  }
}

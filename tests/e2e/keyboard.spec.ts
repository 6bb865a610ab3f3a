import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Keyboard only: no mouse call anywhere in this file. Every key press (a chord counts as one) goes
// through `Keys`, which counts it; typed text (names, notes, queries) is counted apart, as characters.
// Budgets, each in presses plus the text typed:
const BUDGET = {
  createAccount: 2, // Ctrl+N, type the name, Ctrl+S
  addPerson: 2, // Ctrl+Shift+U, type the name, Ctrl+S
  writeNote: 2, // Ctrl+Shift+D, type the note, Ctrl+S
  // Ctrl+Shift+L, Tab past kind, date and time to who came (at most 9 Tabs: Chromium's native date and
  // time inputs take one Tab per part), Space ticks Li Na, Ctrl+S
  logVisit: 12,
  search: 2, // Ctrl+K, type, Enter
  exportBrief: 2 // Ctrl+Shift+P, type "export", Enter
}

class Keys {
  presses = 0
  typed = 0
  constructor(readonly page: Page) {}
  async press(key: string) {
    this.presses += 1
    await this.page.keyboard.press(key)
  }
  async type(text: string) {
    this.typed += text.length
    await this.page.keyboard.type(text)
  }
  /** Presses since the last call (the step's count). */
  take(): number {
    const n = this.presses
    this.presses = 0
    return n
  }
}

test.use({ locale: 'en-US' })

test('a rep creates an account, adds a person, writes a note, logs a visit, searches and exports a brief without the mouse', async ({ page }) => {
  // The browser host prints the brief through a hidden frame added to the page: record those frames.
  await page.addInitScript(() => {
    const printed: number[] = []
    Object.assign(window, { __printed: printed })
    new MutationObserver((mutations) => {
      for (const m of mutations)
        for (const node of m.addedNodes)
          if (node instanceof HTMLIFrameElement && node.parentNode === document.body) {
            printed.push(node.srcdoc.length)
            // Headless Chromium has no print dialog to wait for.
            node.addEventListener('load', () => node.contentWindow && (node.contentWindow.print = () => {}), { capture: true })
          }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('./#/today')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const keys = new Keys(page)
  const measured: Record<string, number> = {}
  const heading = page.locator('h1#account-title')

  // 1. New account: Ctrl+N lands in "Company name"; Ctrl+S saves and the new account's heading has focus.
  await keys.press('Control+n')
  const companyName = page.getByRole('textbox', { name: /Company name/ })
  await expect(companyName).toBeFocused()
  await keys.type('Huadong Precision')
  await keys.press('Control+s')
  await expect(page.getByText('Account created')).toBeVisible()
  await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]{36}$/)
  await expect(heading).toHaveText('Huadong Precision')
  await expect(heading).toBeFocused()
  measured.createAccount = keys.take()
  expect(measured.createAccount).toBeLessThanOrEqual(BUDGET.createAccount)

  // 2. Add a person from the Overview: the stakeholders tab opens with the caret in the new person's name.
  await keys.press('Control+Shift+U')
  await expect(page).toHaveURL(/\/stakeholders$/)
  const personName = page.getByTestId('stakeholder-editor').getByRole('textbox', { name: /^Name/ })
  await expect(personName).toBeFocused()
  await keys.type('Li Na')
  await keys.press('Control+s')
  await expect(page.getByText('Li Na added')).toBeVisible()
  // After saving, focus stays in the person's form (not the page body).
  await expect(page.getByRole('heading', { name: 'Edit Li Na' })).toBeVisible()
  await expect(page.getByTestId('stakeholder-editor').getByRole('textbox', { name: /^Name/ })).toBeFocused()
  measured.addPerson = keys.take()
  expect(measured.addPerson).toBeLessThanOrEqual(BUDGET.addPerson)
  // Esc closes the panel; the heading holds focus.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('stakeholder-editor')).toHaveCount(0)
  await expect(heading).toBeFocused()

  // 3. Write a dossier note: the first section's editor takes the caret; Ctrl+S saves at once.
  await keys.press('Control+Shift+D')
  await expect(page).toHaveURL(/\/dossier$/)
  const editor = page.locator('.dossier-main [contenteditable="true"]').first()
  await expect(editor).toBeFocused()
  await keys.type('Gatekeeper says they buy bearings monthly')
  await keys.press('Control+s')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  measured.writeNote = keys.take()
  expect(measured.writeNote).toBeLessThanOrEqual(BUDGET.writeNote)

  // 4. Log a visit: the dialog opens on its first field; Tab to who came, Space ticks Li Na, Ctrl+S saves.
  await keys.press('Control+Shift+L')
  const dialog = page.getByRole('dialog', { name: 'Log visit' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: /^Kind/ })).toBeFocused()
  const attendee = dialog.getByRole('checkbox', { name: /Li Na/ })
  for (let i = 0; i < 20 && !(await attendee.evaluate((el) => el === document.activeElement)); i++) await keys.press('Tab')
  await expect(attendee).toBeFocused()
  console.log(`[keyboard] Tabs from the visit kind to the first attendee: ${keys.presses - 1}`)
  await keys.press('Space')
  await expect(attendee).toBeChecked()
  await keys.press('Control+s')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('visit-item').or(page.locator('.record-list__item')).first()).toContainText('Li Na')
  measured.logVisit = keys.take()
  expect(measured.logVisit).toBeLessThanOrEqual(BUDGET.logVisit)

  // 5. Search (Ctrl+K) for the person and open her with Enter: the stakeholders tab, her editor open and its name field focused.
  await keys.press('Control+k')
  const search = page.getByRole('dialog', { name: 'Search everything' })
  await expect(search.getByRole('combobox')).toBeFocused()
  await keys.type('Li Na')
  await expect(search.getByTestId('search-hit').first()).toContainText('Li Na')
  await keys.press('Enter')
  await expect(page).toHaveURL(/\/stakeholders$/)
  await expect(page.getByTestId('stakeholder-editor').getByLabel(/^Name/)).toBeFocused()
  measured.search = keys.take()
  expect(measured.search).toBeLessThanOrEqual(BUDGET.search)

  // 6. Export the brief through the palette; `>` in search is the same palette.
  await keys.press('Control+Shift+P')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette.getByRole('combobox')).toBeFocused()
  await keys.type('export brief')
  await expect(palette.getByRole('option').first()).toContainText('Export the brief to PDF')
  await keys.press('Enter')
  await expect(page).toHaveURL(/\/brief$/)
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number[] }).__printed.length)).toBe(1)
  expect(await page.evaluate(() => (window as unknown as { __printed: number[] }).__printed[0])).toBeGreaterThan(1000)
  measured.exportBrief = keys.take()
  expect(measured.exportBrief).toBeLessThanOrEqual(BUDGET.exportBrief)

  // The palette from search: `>` switches, Esc returns focus to where it was (the heading).
  await heading.focus()
  await page.keyboard.press('Control+k')
  await page.keyboard.type('>overview')
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('option').first()).toContainText('Open the Overview')
  await page.keyboard.press('Escape')
  await expect(palette).toHaveCount(0)
  await expect(heading).toBeFocused()

  // Tab switch by shortcut: the new tab's heading has focus.
  await page.keyboard.press('Control+1')
  await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]{36}$/)
  await expect(heading).toHaveAttribute('data-tab', 'overview')
  await expect(heading).toBeFocused()

  // Saving the form from its Save button (Enter): focus stays on the button, or, once it turns disabled,
  // goes to the heading; never to the page body.
  await page.getByRole('textbox', { name: 'Industry' }).focus()
  await page.keyboard.type('Bearings')
  await page.getByRole('button', { name: 'Save', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Changes saved')).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => (document.activeElement?.id === 'account-title' ? 'heading' : document.activeElement?.closest('button[type="submit"]') ? 'save button' : document.activeElement?.tagName)))
    .toMatch(/^(heading|save button)$/)

  // `?` shows the shortcut sheet, listing the palette's commands.
  await page.keyboard.press('Shift+?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByTestId('shortcut-row').filter({ hasText: 'Add a person' })).toContainText('Ctrl')
  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)

  console.log(`[keyboard] key presses per task (budget): ${Object.entries(measured).map(([k, n]) => `${k} ${n} (${BUDGET[k as keyof typeof BUDGET]})`).join(', ')}; ${keys.typed} characters typed`)
})

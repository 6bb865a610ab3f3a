import { expect, type Locator, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { emptyAccountDraft, type AccountDraft } from '#shared/schemas'
import { putRawTables } from '../../rawDb'

const DAY = 86_400_000

/** Local noon of the day `days` before today: how the app stores a visit's day. */
export const noonDaysAgo = (days: number) => {
  const d = new Date()
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - days, 12).getTime()
}

/**
 * Page model for an account's objections (on the visits tab), its overview's stage timeline and the
 * account list's columns; seeds rows straight into IndexedDB so a spec starts from a known account.
 */
export class ObjectionsPage {
  constructor(readonly page: Page) {}

  async start() {
    await this.page.goto('./')
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
    // The app creates its database on start-up; write only once it exists at its current version.
    await expect.poll(() => this.page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1))).toBe(true)
  }

  /** An account that entered its stage `stageDaysAgo` days ago, with the given people and done visits. */
  async seedAccount(
    fields: Partial<AccountDraft> & { name: string },
    { stageDaysAgo, people = [], visits = [] }: { stageDaysAgo: number; people?: { name: string; title: string }[]; visits?: { kind: string; daysAgo: number }[] }
  ): Promise<string> {
    const now = Date.now()
    const meta = () => ({ id: randomUUID(), createdAt: now - stageDaysAgo * DAY, updatedAt: now - DAY, deletedAt: null })
    const account = { ...emptyAccountDraft(), ...fields, ...meta() }
    const stage = account.stage
    await this.put('accounts', [{ ...account, stageHistory: [{ stage, at: now - stageDaysAgo * DAY }] }])
    await this.put(
      'stakeholders',
      people.map((p) => ({ ...meta(), ...emptyStakeholderDraft(account.id, p) }))
    )
    await this.put(
      'visits',
      visits.map((v) => ({
        ...meta(), accountId: account.id, kind: v.kind, status: 'done', date: noonDaysAgo(v.daysAgo), time: null,
        objective: '', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: []
      }))
    )
    return account.id
  }

  async openTab(accountId: string, tab: 'visits' | 'overview' | 'brief') {
    await this.page.goto(tab === 'overview' ? `./#/accounts/${accountId}` : `./#/accounts/${accountId}/${tab}`)
    await expect(this.page.getByTestId('app-shell')).toBeVisible()
  }

  async openList() {
    await this.page.goto('./#/accounts')
    // Rows written behind the app's back reach a live list only on a fresh start.
    await this.page.reload()
    await expect(this.page.getByTestId('accounts-table')).toBeVisible()
  }

  get objections(): Locator {
    return this.page.getByTestId('objection-item')
  }

  async addObjection({ text, raisedBy, visit, addLabel, saveLabel }: {
    text: string
    /** The picker's label and the person's option. */
    raisedBy: { label: string; option: string }
    /** The picker's label and text within the visit's option (its kind). */
    visit: { label: string; option: string }
    addLabel: string
    saveLabel: string
  }) {
    await this.page.getByRole('button', { name: addLabel }).click()
    const dialog = this.page.getByRole('dialog', { name: addLabel })
    await dialog.getByRole('textbox').first().fill(text)
    await dialog.getByLabel(raisedBy.label).selectOption({ label: raisedBy.option })
    const visitSelect = dialog.getByLabel(visit.label)
    const option = await visitSelect.locator('option').filter({ hasText: visit.option }).first().textContent()
    await visitSelect.selectOption({ label: option ?? '' })
    await dialog.getByRole('button', { name: saveLabel }).click()
    await expect(dialog).toBeHidden()
  }

  async setStage(stageLabel: string, option: string, saveLabel: string) {
    await this.page.getByLabel(stageLabel).selectOption({ label: option })
    await this.page.getByRole('button', { name: saveLabel, exact: true }).click()
  }

  /** Picks the account brief (客户简报) rather than the one-page visit sheet. */
  async chooseAccountBrief() {
    await this.page.getByRole('radio', { name: '客户简报' }).click()
  }

  /** The brief's preview, as printed (the preview frame's document). */
  async briefHtml(): Promise<string> {
    const preview = this.page.getByTestId('brief-preview')
    await expect(preview).toBeVisible()
    return (await preview.getAttribute('srcdoc')) ?? ''
  }

  get timeline(): Locator {
    return this.page.getByTestId('stage-timeline-item')
  }

  private async put(table: string, rows: Record<string, unknown>[]) {
    await putRawTables(this.page, { [table]: rows })
  }
}

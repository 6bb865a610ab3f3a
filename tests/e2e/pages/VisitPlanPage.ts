import { expect, type Locator, type Page } from '@playwright/test'

/** Page model for the plan-visit-follow-up loop (zh-CN labels): the brief's next visit, the visit list and its dialog. */
export class VisitPlanPage {
  constructor(readonly page: Page) {}

  get preview(): Locator {
    return this.page.getByTestId('brief-preview')
  }
  get planWhen(): Locator {
    return this.page.getByTestId('brief-plan-when')
  }
  get visits(): Locator {
    return this.page.getByTestId('visit-item')
  }
  get answers(): Locator {
    return this.page.getByTestId('visit-answers')
  }
  get objective(): Locator {
    return this.page.getByLabel('下次拜访目标')
  }
  question(n: number): Locator {
    return this.page.getByRole('textbox', { name: `问题 ${n}`, exact: true })
  }
  person(name: string): Locator {
    return this.page.getByRole('checkbox', { name })
  }

  async openBrief(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/brief`)
    await expect(this.preview).toBeVisible()
  }

  async openTab(tab: 'visits' | 'dossier', accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/${tab}`)
  }

  /** The exact HTML the brief preview shows (and the export prints). */
  async briefHtml(): Promise<string> {
    return (await this.preview.getAttribute('srcdoc')) ?? ''
  }

  async planNextVisit(p: { date: string; kind: string }) {
    await this.page.getByLabel('日期').fill(p.date)
    await this.page.getByLabel('类型').selectOption({ label: p.kind })
    await this.page.getByRole('button', { name: '安排下次拜访' }).click()
    await expect(this.planWhen).toBeVisible()
  }

  /** Writes what the rep prepares; people are ticked in the order given. */
  async prepare(p: { objective: string; questions: string[]; whoToMeet: string[] }) {
    await this.objective.fill(p.objective)
    for (const [i, text] of p.questions.entries()) {
      await this.page.getByRole('button', { name: '添加问题' }).click()
      await this.question(i + 1).fill(text)
    }
    for (const name of p.whoToMeet) await this.person(name).check()
  }

  async logOutcome(r: { answers: string[]; outcome: string; task: { text: string; due: string } }) {
    await this.visits.getByRole('button', { name: '记录结果' }).click()
    const dialog = this.page.getByRole('dialog', { name: '记录结果' })
    for (const [i, answer] of r.answers.entries()) await dialog.getByLabel(`答案 ${i + 1}`).fill(answer)
    await dialog.getByLabel('拜访结果').fill(r.outcome)
    await dialog.getByRole('button', { name: '添加跟进事项' }).click()
    await dialog.getByRole('textbox', { name: '事项 1', exact: true }).fill(r.task.text)
    await dialog.getByLabel('事项 1 的截止日期').fill(r.task.due)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
  }

  async addAnswerToDossier() {
    await this.answers.getByRole('button', { name: '写入情报档案' }).first().click()
  }
}

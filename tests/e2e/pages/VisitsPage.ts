import { expect, type Locator, type Page } from '@playwright/test'

export type VisitFields = { date?: string; objective?: string; outcome?: string; nextReason?: string }

/** Page model for an account's visits tab (zh-CN labels): visits, objections and competitors. */
export class VisitsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: '拜访' }).click()
    await expect(this.cadence).toBeVisible()
  }

  get cadence(): Locator {
    return this.page.getByTestId('visit-cadence')
  }
  get visits(): Locator {
    return this.page.getByTestId('visit-item')
  }
  get objections(): Locator {
    return this.page.getByTestId('objection-item')
  }
  get competitors(): Locator {
    return this.page.getByTestId('competitor-item')
  }
  get noObjections(): Locator {
    return this.page.getByText('还没有记录异议')
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  async logVisit(v: VisitFields) {
    await this.page.getByRole('button', { name: '记录拜访' }).click()
    const dialog = this.dialog('记录拜访')
    if (v.date !== undefined) await dialog.getByLabel('日期').fill(v.date)
    if (v.objective !== undefined) await dialog.getByLabel('拜访目标').fill(v.objective)
    if (v.outcome !== undefined) await dialog.getByLabel('拜访结果').fill(v.outcome)
    if (v.nextReason !== undefined) await dialog.getByLabel('下次回访的理由').fill(v.nextReason)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Opens the objection form; the caller fills and saves it. */
  async startObjection(): Promise<ObjectionForm> {
    await this.page.getByRole('button', { name: '添加异议' }).click()
    return new ObjectionForm(this.dialog('添加异议'))
  }

  async startCompetitor(): Promise<CompetitorForm> {
    await this.page.getByRole('button', { name: '添加竞争对手' }).click()
    return new CompetitorForm(this.dialog('添加竞争对手'))
  }

  async resolveObjection() {
    await this.objections.getByRole('button', { name: '编辑异议' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('已解决').check()
    await dialog.getByRole('button', { name: '保存' }).click()
  }

  async deleteCompetitor() {
    await this.competitors.getByRole('button', { name: '删除' }).click()
  }

  async undo() {
    await this.page.getByRole('button', { name: '撤销' }).click()
  }
}

class RecordForm {
  constructor(readonly dialog: Locator) {}

  async save() {
    await this.dialog.getByRole('button', { name: '保存' }).click()
  }

  error(message: string): Locator {
    return this.dialog.getByText(message)
  }
}

export class ObjectionForm extends RecordForm {
  async fill(o: { words?: string; handling?: string; response?: string }) {
    if (o.words !== undefined) await this.dialog.getByLabel('客户原话').fill(o.words)
    if (o.handling !== undefined) await this.dialog.getByLabel('处理方法').selectOption({ label: o.handling })
    if (o.response !== undefined) await this.dialog.getByLabel('应答话术', { exact: true }).fill(o.response)
  }
}

export class CompetitorForm extends RecordForm {
  async fill(c: { supplier?: string; brands?: string; share?: string; years?: string; weaknesses?: string }) {
    if (c.supplier !== undefined) await this.dialog.getByRole('textbox', { name: '供应商', exact: true }).fill(c.supplier)
    if (c.brands !== undefined) await this.dialog.getByRole('textbox', { name: '品牌', exact: true }).fill(c.brands)
    if (c.share !== undefined) await this.dialog.getByLabel('估计份额（%）').fill(c.share)
    if (c.years !== undefined) await this.dialog.getByLabel('合作年限').fill(c.years)
    if (c.weaknesses !== undefined) await this.dialog.getByLabel('弱点').fill(c.weaknesses)
  }
}

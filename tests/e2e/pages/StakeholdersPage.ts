import { expect, type Locator, type Page } from '@playwright/test'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AccountsApp, SCREENS_DIR } from './AccountsApp'

export type PersonFields = {
  name: string
  title?: string
  department?: string
  roles?: string[]
  stance?: string
  influence?: string
  stage?: string
  line?: string
  coach?: boolean
}

/**
 * Page model for the stakeholder map (zh-CN labels). Data entry goes through the side panel and the
 * list; the canvas is driven with the mouse over the invisible keyboard targets the graph puts over
 * each node (their boxes are where the nodes are drawn).
 */
export class StakeholdersPage {
  readonly app: AccountsApp
  constructor(readonly page: Page) {
    this.app = new AccountsApp(page)
  }

  /** Creates an account at a pipeline stage and opens its stakeholder tab. */
  async createAccountAndOpen(name: string, stage = '验证需求') {
    await this.app.open()
    await this.page.getByRole('button', { name: /新建/ }).first().click()
    await this.app.fill({ 公司名称: name })
    await this.app.select('销售阶段', stage)
    await this.app.save('保存')
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
    await this.page.getByRole('link', { name: '关系图谱' }).click()
    await expect(this.graph).toBeVisible()
  }

  /**
   * Stores an account and its people (stored codes, not labels) straight into IndexedDB and opens its map.
   * Returns the people's ids by name.
   */
  async seed(name: string, people: Record<string, unknown>[], extra: (accountId: string, ids: Map<string, string>) => Promise<void> = async () => {}) {
    const accountId = await this.app.seedAccount({ name }, { reload: false })
    const ids = await this.storePeople(accountId, people)
    await extra(accountId, ids)
    await this.app.reload()
    await this.open(accountId)
    await expect(this.rows).toHaveCount(people.length)
    return { accountId, ids }
  }

  /** Writes people (stored codes) into IndexedDB; the app shows them after a reload. Returns ids by name. */
  async storePeople(accountId: string, people: Record<string, unknown>[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>()
    const now = Date.now()
    const rows = people.map((p) => {
      const id = randomUUID()
      ids.set(String(p.name), id)
      return { ...emptyStakeholderDraft(accountId), ...p, id, accountId, createdAt: now, updatedAt: now, deletedAt: null }
    })
    await this.app.putRawRows('stakeholders', rows)
    return ids
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: '还没有梳理任何人' })
  }
  get nodes(): Locator {
    return this.page.getByTestId('graph-node')
  }
  /** The links listed in the open person's panel. */
  get links(): Locator {
    return this.page.getByTestId('links')
  }
  get timeline(): Locator {
    return this.page.getByTestId('timeline-entry')
  }
  get changeNote(): Locator {
    return this.page.getByTestId('change-note')
  }
  get asOfBanner(): Locator {
    return this.page.getByTestId('as-of-banner')
  }
  get addPersonButton(): Locator {
    return this.page.getByRole('button', { name: '添加人物' })
  }
  departmentRow(text: string): Locator {
    return this.page.getByTestId('department-row').filter({ hasText: text })
  }
  /** The last-contact cell of a person's row, and its badge. */
  lastContact(name: string): Locator {
    return this.row(name).locator('td').last()
  }
  contactBadge(name: string): Locator {
    return this.lastContact(name).locator('.ui-badge')
  }
  /** The placeholder node a departed person leaves. */
  vacancy(former: string): Locator {
    return this.page.getByRole('button', { name: `待找接替者, 原：${former}` })
  }

  /** Double-clicks empty canvas, which opens a new person placed there. */
  async createOnCanvas(position: { x: number; y: number }) {
    await this.graph.dblclick({ position })
  }

  /** Focuses a person on the map and presses Delete. */
  async deleteFromKeyboard(name: string) {
    await this.node(name).focus()
    await this.page.keyboard.press('Delete')
  }

  async setRole(role: string, on: boolean) {
    await this.editor.getByLabel(role, { exact: true }).setChecked(on)
  }

  /** Picks a finding from the dossier as the evidence for a change. */
  async citeEvidence(findingText: string) {
    await this.page.getByTestId('evidence').getByLabel(findingText).check()
  }

  /** Changes a person's stance with a reason and a date, and saves. */
  async changeStance(name: string, stance: string, reason: string, date: string, evidence?: string) {
    await this.fillPerson({ stance })
    await expect(this.changeNote).toBeVisible()
    await this.editorField('变化原因').fill(reason)
    await this.editorField('变化日期').fill(date)
    if (evidence) await this.citeEvidence(evidence)
    await this.savePerson(name)
  }

  async viewAsOf(date: string) {
    await this.page.getByLabel('查看某日的图谱').fill(date)
    await expect(this.asOfBanner).toBeVisible()
  }

  async backToToday() {
    await this.page.getByRole('button', { name: '回到今天' }).click()
  }

  /** Opens the coverage rules dialog (zh or en button label). */
  async openCoverageRules(): Promise<Locator> {
    await this.page.getByRole('button', { name: '覆盖规则' }).click()
    return this.page.getByRole('dialog')
  }

  async switchOffRule(label: string) {
    const rules = await this.openCoverageRules()
    await rules.getByLabel(label).uncheck()
    await rules.getByRole('button', { name: '保存' }).click()
  }

  async markDeparted() {
    await this.page.getByRole('button', { name: '标记为已离职' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: '标记离职' }).click()
  }

  /** Exports the map as PNG or SVG and returns the file's name and bytes. */
  async exportAs(kind: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: `导出 ${kind}` }).click()
    const file = await download
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
  }

  /** A screenshot of what the rep sees (the app scrolls inside its own frame, so not a full-page one). */
  async screenshot(name: string) {
    mkdirSync(SCREENS_DIR, { recursive: true })
    await this.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`) })
  }

  /** A screenshot of the whole window into tests/artifacts/screenshots (kept with the test artefacts). */
  async artefact(name: string) {
    const dir = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots')
    mkdirSync(dir, { recursive: true })
    await this.page.screenshot({ path: join(dir, `${name}.png`) })
  }

  async fit() {
    await this.page.getByRole('button', { name: '适应窗口' }).click()
  }

  /** How tall node labels are drawn on screen, in CSS pixels (the graph reports it after each zoom). */
  async labelPx(): Promise<number> {
    return Number(await this.page.getByTestId('atlas-graph').getAttribute('data-label-px'))
  }

  /**
   * What the drawn map looks like: the brightness (0-255) of the frame behind it, and the share of the
   * drawn pixels (labels, their backgrounds, nodes, lines) that are bright.
   */
  async canvasLook(): Promise<{ background: number; brightShare: number }> {
    return this.page.locator('.sh-graph-frame').evaluate((frame) => {
      const lum = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b
      const bg = getComputedStyle(frame).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number)
      let drawn = 0
      let bright = 0
      for (const canvas of frame.querySelectorAll('canvas')) {
        if (canvas.width === 0 || canvas.height === 0) continue
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
        for (let i = 0; i < data.length; i += 16) {
          if (data[i + 3]! < 200) continue
          drawn += 1
          if (lum(data[i]!, data[i + 1]!, data[i + 2]!) > 200) bright += 1
        }
      }
      return { background: lum(bg[0]!, bg[1]!, bg[2]!), brightShare: drawn === 0 ? 0 : bright / drawn }
    })
  }

  /** A screenshot of the graph alone. */
  async graphScreenshot(name: string) {
    mkdirSync(SCREENS_DIR, { recursive: true })
    await this.page.locator('.sh-graph-frame').screenshot({ path: join(SCREENS_DIR, `${name}.png`) })
  }

  get graph(): Locator {
    return this.page.getByTestId('stakeholder-graph')
  }
  get editor(): Locator {
    return this.page.getByTestId('stakeholder-editor')
  }
  get rows(): Locator {
    return this.page.getByTestId('stakeholder-row')
  }
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader').filter({ hasText: new RegExp(`^${name}`) }) })
  }
  get warnings(): Locator {
    return this.page.getByTestId('coverage-warning')
  }
  warning(rule: string): Locator {
    return this.page.locator(`[data-testid="coverage-warning"][data-rule="${rule}"]`)
  }
  /** The number of gaps the coverage panel counts. */
  async coverageCount(): Promise<number> {
    await expect(this.warnings.first()).toBeVisible()
    return Number((await this.page.getByTestId('coverage-count').innerText()).match(/\d+/)?.[0])
  }
  async open(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/stakeholders`)
    await expect(this.graph).toBeVisible()
  }
  /** The keyboard target over a node, found by its accessible name ("name，title" or just the name). */
  node(name: string): Locator {
    return this.page.getByTestId('graph-node').and(this.page.getByRole('button', { name: new RegExp(`^${name}(，|,|$)`) }))
  }
  editorField(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return this.editor.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`))
  }

  async fillPerson(p: Partial<PersonFields>) {
    if (p.name !== undefined) await this.editorField('姓名').fill(p.name)
    if (p.title !== undefined) await this.editorField('职务').fill(p.title)
    if (p.department !== undefined) await this.editorField('部门').fill(p.department)
    for (const role of p.roles ?? []) await this.editor.getByLabel(role, { exact: true }).check()
    if (p.stance) await this.editorField('态度').selectOption({ label: p.stance })
    if (p.influence) await this.editorField('影响力').selectOption({ label: p.influence })
    if (p.stage) await this.editorField('关系阶段').selectOption({ label: p.stage })
    if (p.line) await this.editorField('联系线').selectOption({ label: p.line })
    if (p.coach) await this.editor.getByLabel('是我们的内线').check()
  }

  async addPerson(p: PersonFields) {
    await this.addPersonButton.click()
    await expect(this.page.getByRole('heading', { name: '新增人物' })).toBeVisible()
    await this.fillPerson(p)
    await this.editor.getByRole('button', { name: '保存人物' }).click()
    await expect(this.page.getByText(`已添加 ${p.name}`)).toBeVisible()
    await expect(this.row(p.name)).toBeVisible()
  }

  async openPerson(name: string) {
    await this.row(name).getByRole('button', { name: `编辑 ${name}` }).click()
    await expect(this.page.getByRole('heading', { name: `编辑 ${name}` })).toBeVisible()
  }

  async savePerson(name: string) {
    await this.editor.getByRole('button', { name: '保存人物' }).click()
    await expect(this.page.getByText(`${name} 的修改已保存`).last()).toBeVisible()
  }

  async chooseLayout(label: '组织架构' | '影响力视图') {
    await this.page.getByRole('radio', { name: label }).click()
    await expect(this.page.getByRole('radio', { name: label })).toBeChecked()
  }

  async center(locator: Locator): Promise<{ x: number; y: number }> {
    await expect(locator).toBeAttached()
    const box = await locator.boundingBox()
    if (!box) throw new Error('no box')
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }

  /** Mouse drag on the canvas from one point to another, in small steps as a hand would. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }) {
    await this.page.mouse.move(from.x, from.y)
    await this.page.mouse.down()
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 })
    await this.page.mouse.move(to.x, to.y, { steps: 8 })
    await this.page.mouse.up()
  }

  /** Draws a link on the canvas: switch on link drawing with the kind, drag from one node to another. */
  async linkOnCanvas(fromName: string, toName: string, kind: string) {
    await this.page.getByRole('toolbar').getByLabel('关系类型').selectOption({ label: kind })
    const toggle = this.page.getByRole('button', { name: '画关系线' })
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await this.drag(await this.center(this.node(fromName)), await this.center(this.node(toName)))
    await expect(this.page.getByText('关系已添加').last()).toBeVisible()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  }
}

/** Reads every row of an IndexedDB table, as stored (for checking what the data layer kept). */
export async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const get = db.transaction(table, 'readonly').objectStore(table).getAll()
          get.onsuccess = () => {
            db.close()
            resolve(get.result as Record<string, unknown>[])
          }
          get.onerror = () => reject(get.error)
        }
      }),
    table
  )
}

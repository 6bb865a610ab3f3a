import { expect, type Locator, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const BRIEF_DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'brief')

/** Page model for the brief tab: reads the previewed document and prints it to PDF like the hosts do. */
export class BriefPage {
  constructor(readonly page: Page) {}

  get preview() {
    return this.page.getByTestId('brief-preview')
  }

  async open(accountId: string) {
    await this.page.goto(`./#/accounts/${accountId}/brief`)
    await expect(this.preview).toBeVisible()
  }

  /** Opens the brief from the account's tab bar. */
  async openTab(label: string) {
    await this.page.getByRole('link', { name: label }).click()
    await expect(this.preview).toBeVisible()
  }

  get sensitiveStatus(): Locator {
    return this.page.getByTestId('sensitive-status')
  }

  get paper(): Locator {
    return this.page.getByLabel('Paper')
  }

  /** The document to print: the full brief or the one-page sheet. */
  async choose(document: '客户简报' | '拜访前一页纸') {
    await this.page.getByRole('radio', { name: document }).click()
  }

  /** Ticks who the rep will meet and writes the next visit's objective. */
  /** Prepares the next visit in the composer, planning one first when the account has none. */
  async planVisit(attendees: string[], objective: string) {
    const plan = this.page.getByRole('button', { name: '安排下次拜访' })
    const objectiveField = this.page.getByLabel('下次拜访目标')
    await expect(plan.or(objectiveField).first()).toBeVisible()
    if (await plan.isVisible()) await plan.click()
    await expect(objectiveField).toBeVisible()
    for (const name of attendees) await this.page.getByRole('checkbox', { name }).check()
    await this.page.getByLabel('下次拜访目标').fill(objective)
    // The composer writes to the planned visit shortly after typing; the brief is built from that record.
    await expect.poll(() => this.html()).toContain(objective)
  }

  async includeSensitive(on: boolean) {
    await this.page.getByRole('checkbox', { name: '包含敏感的个人信息' }).setChecked(on)
  }

  /** The exact HTML the preview shows and the export prints. */
  async html(): Promise<string> {
    return (await this.preview.getAttribute('srcdoc')) ?? ''
  }

  /**
   * Prints the previewed HTML in Chromium with the options Electron's main uses (printToPDF with
   * preferCSSPageSize and backgrounds), then returns the PDF's text as pdftotext reads it.
   */
  async printToPdf(name: string): Promise<{ text: string; pdfPath: string }> {
    const html = await this.html()
    const pdf = await BriefPage.print(this.page, html)
    mkdirSync(BRIEF_DIR, { recursive: true })
    const pdfPath = join(BRIEF_DIR, `${name}.pdf`)
    writeFileSync(pdfPath, pdf)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(BRIEF_DIR, name)])
    return { text, pdfPath }
  }

  /**
   * Dates the PDF's text shows broken across lines ("2026年11月1" then "日" on the next line), in Chinese
   * or English long and medium forms; empty when every date stays on one line.
   */
  static splitDates(text: string): string[] {
    const zh = text.match(/\d{4}\s*年[\s\d月日]*?日|\d{4}\s*年[\s\d月]*\n/g) ?? []
    const en = text.match(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}/g) ?? []
    return [...zh, ...en].filter((d) => /\n/.test(d))
  }

  /**
   * The sheet as Chromium lays it out for print on the page's content width: its real height and the
   * height the fit estimated for it (both mm).
   */
  async sheetHeights(contentWidthMm = 178): Promise<{ actual: number; estimate: number }> {
    const printer = await this.page.context().newPage()
    await printer.emulateMedia({ media: 'print' })
    await printer.setViewportSize({ width: Math.round((contentWidthMm / 25.4) * 96), height: 1200 })
    await printer.setContent(await this.html(), { waitUntil: 'load' })
    const px = await printer.evaluate(() => {
      const sheet = document.querySelector<HTMLElement>('.one-page')!
      sheet.style.maxHeight = 'none'
      return { height: sheet.getBoundingClientRect().height, estimate: Number(sheet.dataset.estimateMm) }
    })
    await printer.close()
    return { actual: (px.height * 25.4) / 96, estimate: px.estimate }
  }

  /**
   * Chromium's printToPDF now and then answers "Printing failed" on a heavily loaded machine; that is the
   * test's printer, not the app's (Electron's main prints), so it is tried again up to twice.
   */
  private static async print(page: Page, html: string): Promise<Buffer> {
    for (let attempt = 1; ; attempt++) {
      const printer = await page.context().newPage()
      try {
        await printer.setContent(html, { waitUntil: 'load' })
        return await printer.pdf({ preferCSSPageSize: true, printBackground: true })
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('Printing failed')) throw error
      } finally {
        await printer.close()
      }
    }
  }

  /** The printed PDF's page count, as pdfinfo reads it. */
  static pageCount(pdfPath: string): number {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN)
  }

  /** The map's label size when printed, in pt: drawn at `labelPx` CSS px in a picture printed `widthMm` wide. */
  static printedLabelPt(html: string, labelPx = 13): number | null {
    const img = /<img alt="[^"]*" src="data:image\/png[^"]*" width="(\d+)" height="\d+" style="width:([\d.]+)mm/.exec(html)
    return img ? (labelPx * (Number(img[2]) / Number(img[1]))) / (25.4 / 72) : null
  }

  /** How many pictures the printed PDF holds, as pdfimages lists them. */
  static imageCount(pdfPath: string): number {
    return execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').length - 2
  }
}

import { expect, type Page } from '@playwright/test'
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
    const printer = await this.page.context().newPage()
    await printer.setContent(html, { waitUntil: 'load' })
    const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true })
    await printer.close()
    mkdirSync(BRIEF_DIR, { recursive: true })
    const pdfPath = join(BRIEF_DIR, `${name}.pdf`)
    writeFileSync(pdfPath, pdf)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(BRIEF_DIR, name)])
    return { text, pdfPath }
  }
}

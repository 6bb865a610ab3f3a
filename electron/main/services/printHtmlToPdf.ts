import type { BrowserWindowConstructorOptions } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PrintWindowLike {
  loadFile(path: string): Promise<void>
  webContents: { printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> }
  destroy(): void
}

/** The hidden print window runs no script and has no preload: it only lays out the brief's HTML. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false
  }
}

export interface PrintDeps {
  createWindow(options: BrowserWindowConstructorOptions): PrintWindowLike
}

/**
 * Prints a complete HTML document to PDF in a hidden window. The document goes through a temporary
 * file rather than a data: URL, which Chromium caps at 2 MB (an embedded org-chart image can exceed it).
 * Page size, margins, header and page numbers come from the document's own @page CSS.
 */
export async function printHtmlToPdf(html: string, pageSize: 'A4' | 'Letter', deps: PrintDeps): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-brief-'))
  const file = join(dir, 'brief.html')
  const window = deps.createWindow(PRINT_WINDOW_OPTIONS)
  try {
    await writeFile(file, html, 'utf8')
    await window.loadFile(file)
    const pdf = await window.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

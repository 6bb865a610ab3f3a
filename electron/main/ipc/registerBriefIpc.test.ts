import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { PRINT_WINDOW_OPTIONS, type PrintWindowLike } from '../services/printHtmlToPdf'
import { registerBriefIpc } from './registerBriefIpc'
import type { DialogLike } from './registerFileIpc'
import { trustedSenderCheck } from './registerIpc'

const APP = 'app://atlas/'
const PDF = Buffer.from('%PDF-1.7 fake')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup(save: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-brief-ipc-'))
  dirs.push(dir)
  const loaded: { path: string; html: string }[] = []
  const window = {
    loadFile: vi.fn(async (path: string) => void loaded.push({ path, html: readFileSync(path, 'utf8') })),
    webContents: { printToPDF: vi.fn(async () => PDF) },
    destroy: vi.fn()
  } satisfies PrintWindowLike
  const createWindow = vi.fn(() => window)
  const dialog = {
    showSaveDialog: vi.fn(async () => (save ? { canceled: false, filePath: join(dir, save) } : { canceled: true, filePath: '' })),
    showOpenDialog: vi.fn()
  }
  const ipc = new FakeIpcMain()
  registerBriefIpc({
    ipcMain: ipc,
    isTrustedSender: trustedSenderCheck(),
    dialog: dialog as unknown as DialogLike,
    windowFor: () => null,
    print: { createWindow }
  })
  return { ipc, dialog, dir, window, createWindow, loaded }
}

const request = { html: '<!doctype html><h1>华东精密</h1>', suggestedName: '华东精密 - 客户简报', pageSize: 'A4' as const }

describe('brief:exportPdf', () => {
  it('prints the HTML in a hidden, script-free window and saves the PDF where the user chose', async () => {
    const { ipc, dialog, dir, window, createWindow, loaded } = setup('brief.pdf')
    const result = await ipc.invoke('brief:exportPdf', APP, request)
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(dir, 'brief.pdf') } })
    expect(createWindow).toHaveBeenCalledWith(PRINT_WINDOW_OPTIONS)
    expect(PRINT_WINDOW_OPTIONS).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } })
    expect(loaded[0]?.html).toBe(request.html)
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(readFileSync(join(dir, 'brief.pdf'))).toEqual(PDF)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(null, expect.objectContaining({ defaultPath: '华东精密 - 客户简报.pdf' }))
    expect(window.destroy).toHaveBeenCalled()
    expect(existsSync(loaded[0]!.path)).toBe(false)
  })

  it('reports a cancelled save dialog and still cleans up', async () => {
    const { ipc, window } = setup(null)
    expect(await ipc.invoke('brief:exportPdf', APP, request)).toEqual({ ok: true, value: { saved: false, path: null } })
    expect(window.destroy).toHaveBeenCalled()
  })

  it('rejects a request with a path in the name or an unknown paper size, without printing', async () => {
    const { ipc, createWindow } = setup('x.pdf')
    expect(await ipc.invoke('brief:exportPdf', APP, { ...request, suggestedName: '../evil' })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(await ipc.invoke('brief:exportPdf', APP, { ...request, pageSize: 'A3' })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(createWindow).not.toHaveBeenCalled()
  })

  it('refuses a sender that is not the app', async () => {
    const { ipc, createWindow } = setup('x.pdf')
    expect(await ipc.invoke('brief:exportPdf', 'https://evil.example/', request)).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
    expect(createWindow).not.toHaveBeenCalled()
  })
})

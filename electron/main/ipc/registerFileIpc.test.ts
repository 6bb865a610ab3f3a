import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { execFileSync } from 'node:child_process'
import { FileRefusedError, nodeFileSystem, registerFileIpc, type DialogLike } from './registerFileIpc'
import { trustedSenderCheck } from './registerIpc'
import { Bytes } from '#shared/ipc/contract'

const APP = 'app://atlas/'
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup(pick: { save?: string | null; open?: string | null }) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-file-ipc-'))
  dirs.push(dir)
  const dialog = {
    showSaveDialog: vi.fn(async () => (pick.save ? { canceled: false, filePath: join(dir, pick.save) } : { canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async () => (pick.open ? { canceled: false, filePaths: [join(dir, pick.open)] } : { canceled: true, filePaths: [] }))
  }
  const ipc = new FakeIpcMain()
  registerFileIpc({ ipcMain: ipc, isTrustedSender: trustedSenderCheck(), dialog: dialog as unknown as DialogLike, windowFor: () => null })
  return { ipc, dialog, dir }
}

const filters = [{ name: 'Markdown', extensions: ['md'] }]

describe('file:save', () => {
  it('writes UTF-8 text where the user chose', async () => {
    const { ipc, dialog, dir } = setup({ save: 'brief.md' })
    const result = await ipc.invoke('file:save', APP, { suggestedName: '拜访简报.md', filters, data: '# 华东钢铁', encoding: 'utf8' })
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(dir, 'brief.md') } })
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toBe('# 华东钢铁')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(null, expect.objectContaining({ defaultPath: '拜访简报.md', filters }))
  })

  it('decodes base64 for binary files', async () => {
    const { ipc, dir } = setup({ save: 'brief.pdf' })
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])
    await ipc.invoke('file:save', APP, { suggestedName: 'brief.pdf', filters: [], data: bytes.toString('base64'), encoding: 'base64' })
    expect(readFileSync(join(dir, 'brief.pdf'))).toEqual(bytes)
  })

  it('writes binary bytes as they are', async () => {
    const { ipc, dir } = setup({ save: 'backup.zip' })
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0x0d])
    const result = await ipc.invoke('file:save', APP, { suggestedName: 'backup.zip', filters: [], data: bytes, encoding: 'binary' })
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(dir, 'backup.zip') } })
    expect(new Uint8Array(readFileSync(join(dir, 'backup.zip')))).toEqual(bytes)
  })

  it('refuses binary data that is not a Uint8Array, and text data for binary', async () => {
    const { ipc, dialog } = setup({ save: 'x.zip' })
    for (const data of ['UEsDBA==', [0x50, 0x4b], { 0: 0x50 }]) {
      const result = await ipc.invoke('file:save', APP, { suggestedName: 'x.zip', filters: [], data, encoding: 'binary' })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    }
    expect(await ipc.invoke('file:save', APP, { suggestedName: 'x.md', filters: [], data: new Uint8Array([1]), encoding: 'utf8' })).toMatchObject({ ok: false })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('bounds bytes by their length', () => {
    expect(Bytes(4).safeParse(new Uint8Array(4)).success).toBe(true)
    expect(Bytes(4).safeParse(new Uint8Array(5)).success).toBe(false)
    expect(Bytes(4).safeParse(Buffer.from('abcd')).success).toBe(true)
  })

  it('reports a cancelled dialog', async () => {
    const { ipc } = setup({ save: null })
    expect(await ipc.invoke('file:save', APP, { suggestedName: 'a.md', filters, data: '', encoding: 'utf8' })).toEqual({
      ok: true,
      value: { saved: false, path: null }
    })
  })

  it('never opens a dialog for a name with a path in it', async () => {
    const { ipc, dialog } = setup({ save: 'x' })
    const result = await ipc.invoke('file:save', APP, { suggestedName: '../x.md', filters, data: '', encoding: 'utf8' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('file:open', () => {
  it('reads the chosen file as text', async () => {
    const { ipc, dir } = setup({ open: 'notes.md' })
    writeFileSync(join(dir, 'notes.md'), '采购部长 王经理')
    expect(await ipc.invoke('file:open', APP, { filters })).toEqual({ ok: true, value: { name: 'notes.md', text: '采购部长 王经理' } })
  })

  it('reads the chosen file as bytes when asked, identical to what was saved', async () => {
    const { ipc } = setup({ save: 'backup.zip', open: 'backup.zip' })
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)
    await ipc.invoke('file:save', APP, { suggestedName: 'backup.zip', filters: [], data: bytes, encoding: 'binary' })
    const result = (await ipc.invoke('file:open', APP, { filters, as: 'bytes' })) as { ok: true; value: { name: string; bytes: Uint8Array } }
    expect(result).toMatchObject({ ok: true, value: { name: 'backup.zip' } })
    expect(Buffer.compare(result.value.bytes, bytes)).toBe(0)
    // A plain Uint8Array over exactly the file, so structured clone sends nothing else.
    expect(Buffer.isBuffer(result.value.bytes)).toBe(false)
    expect(result.value.bytes.buffer.byteLength).toBe(bytes.length)
  })

  it('reads text by default and when asked for text', async () => {
    const { ipc, dir } = setup({ open: 'b.json' })
    writeFileSync(join(dir, 'b.json'), '{"a":"钢"}')
    expect(await ipc.invoke('file:open', APP, { filters, as: 'text' })).toEqual({ ok: true, value: { name: 'b.json', text: '{"a":"钢"}' } })
    expect(await ipc.invoke('file:open', APP, { filters, as: 'zip' })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
  })

  it('returns null when cancelled', async () => {
    const { ipc } = setup({ open: null })
    expect(await ipc.invoke('file:open', APP, { filters })).toEqual({ ok: true, value: null })
  })

  it('refuses a FIFO at once instead of waiting on it forever', async () => {
    const { ipc, dir } = setup({ open: 'backup.json' })
    // No process ever writes to it: a read would wait forever.
    execFileSync('mkfifo', [join(dir, 'backup.json')])
    expect(await ipc.invoke('file:open', APP, { filters })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(await ipc.invoke('file:open', APP, { filters, as: 'bytes' })).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
  })

  it('reads no more than the limit, whatever size the file claims', async () => {
    const { dir } = setup({})
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(11))
    await expect(nodeFileSystem.readText(join(dir, 'big.json'), 10)).rejects.toBeInstanceOf(FileRefusedError)
    expect(await nodeFileSystem.readText(join(dir, 'big.json'), 11)).toBe('x'.repeat(11))
    await expect(nodeFileSystem.readBytes(join(dir, 'big.json'), 10)).rejects.toBeInstanceOf(FileRefusedError)
    expect(await nodeFileSystem.readBytes(join(dir, 'big.json'), 11)).toEqual(new Uint8Array(11).fill(0x78))
  })
})

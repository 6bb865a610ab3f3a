import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { handle, IpcError, trustedSenderCheck, type IpcMainLike } from './registerIpc'

const isTrustedSender = trustedSenderCheck()
const APP = 'app://atlas/'
const validSave = { suggestedName: 'brief.md', filters: [{ name: 'Markdown', extensions: ['md'] }], data: '# Hi', encoding: 'utf8' }

afterEach(() => {
  vi.restoreAllMocks()
})

function setup() {
  const ipc = new FakeIpcMain()
  const save = vi.fn(async () => ({ saved: true, path: '/home/rep/brief.md' }))
  handle(ipc as IpcMainLike, 'file:save', save, { isTrustedSender })
  return { ipc, save }
}

describe('handle', () => {
  it('returns ok with the validated value for a valid request from the app', async () => {
    const { ipc, save } = setup()
    await expect(ipc.invoke('file:save', `${APP}accounts/1`, validSave)).resolves.toEqual({
      ok: true,
      value: { saved: true, path: '/home/rep/brief.md' }
    })
    expect(save).toHaveBeenCalledWith(validSave, expect.anything())
  })

  it('rejects senders that are not the app, before running the handler', async () => {
    const { ipc, save } = setup()
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/', 'http://localhost:5173/', null]) {
      const result = await ipc.invoke('file:save', url, validSave)
      expect(result, String(url)).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
    }
    expect(save).not.toHaveBeenCalled()
  })

  it('trusts the dev server only when configured', async () => {
    const ipc = new FakeIpcMain()
    handle(ipc, 'app:getInfo', () => ({ name: 'a', version: '1', platform: 'linux', locale: 'en', host: 'electron' }), {
      isTrustedSender: trustedSenderCheck('http://localhost:5173')
    })
    expect(await ipc.invoke('app:getInfo', 'http://localhost:5173/')).toMatchObject({ ok: true })
    expect(await ipc.invoke('app:getInfo', 'http://localhost:5174/')).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
  })

  it('rejects invalid requests without running the handler', async () => {
    const { ipc, save } = setup()
    for (const bad of [
      { ...validSave, suggestedName: '../../.bashrc' },
      { ...validSave, suggestedName: 'C:\\Windows\\evil.exe' },
      { ...validSave, suggestedName: '' },
      { ...validSave, encoding: 'latin1' },
      { ...validSave, filters: [{ name: 'x', extensions: ['m d'] }] },
      'brief.md',
      undefined
    ]) {
      const result = await ipc.invoke('file:save', APP, bad)
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    }
    const result = (await ipc.invoke('file:save', APP, { ...validSave, suggestedName: 'a/b.md' })) as { error: { message: string } }
    expect(result.error.message).toContain('suggestedName')
    expect(await ipc.invoke('file:save', APP, validSave, 'extra')).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(save).not.toHaveBeenCalled()
  })

  it('refuses a second registration of the same channel', () => {
    const { ipc } = setup()
    expect(() => handle(ipc, 'file:save', async () => ({ saved: false, path: null }), { isTrustedSender })).toThrow(/already registered/)
  })

  it('turns exceptions into an internal error without leaking details', async () => {
    const ipc = new FakeIpcMain()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    handle(ipc, 'file:open', () => {
      throw new Error('EACCES /home/rep/secret')
    }, { isTrustedSender })
    const result = (await ipc.invoke('file:open', APP, { filters: [] })) as { ok: false; error: { code: string; message: string } }
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(result.error.message).not.toContain('secret')
  })

  it('passes an IpcError code and message through', async () => {
    const ipc = new FakeIpcMain()
    handle(ipc, 'file:open', () => {
      throw new IpcError('invalidRequest', 'The file is larger than 50 MB')
    }, { isTrustedSender })
    expect(await ipc.invoke('file:open', APP, { filters: [] })).toEqual({
      ok: false,
      error: { code: 'invalidRequest', message: 'The file is larger than 50 MB' }
    })
  })

  it('refuses a response that breaks the contract', async () => {
    const ipc = new FakeIpcMain()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    handle(ipc, 'file:save', async () => ({ saved: 'yes' }) as never, { isTrustedSender })
    expect(await ipc.invoke('file:save', APP, validSave)).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('accepts a void request for a void channel', async () => {
    const ipc = new FakeIpcMain()
    handle(ipc, 'app:setLanguage', () => undefined, { isTrustedSender })
    expect(await ipc.invoke('app:setLanguage', APP, 'zh-CN')).toEqual({ ok: true, value: undefined })
    expect(await ipc.invoke('app:setLanguage', APP, 'fr')).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
  })
})

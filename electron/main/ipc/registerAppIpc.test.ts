import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { createSettingsStore } from '../services/settings'
import { registerAppIpc } from './registerAppIpc'
import { trustedSenderCheck } from './registerIpc'

const APP = 'app://atlas/'
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-app-ipc-'))
  dirs.push(dir)
  const file = join(dir, 'settings.json')
  const ipc = new FakeIpcMain()
  const onLanguageChanged = vi.fn()
  registerAppIpc({
    ipcMain: ipc,
    isTrustedSender: trustedSenderCheck(),
    appInfo: () => ({ name: 'Account Atlas', version: '0.1.0', platform: 'linux', locale: 'zh-CN', host: 'electron' }),
    settings: createSettingsStore(file),
    onLanguageChanged
  })
  return { ipc, file, onLanguageChanged }
}

describe('registerAppIpc', () => {
  it('app:getInfo returns the app info', async () => {
    const { ipc } = setup()
    expect(await ipc.invoke('app:getInfo', APP)).toEqual({
      ok: true,
      value: { name: 'Account Atlas', version: '0.1.0', platform: 'linux', locale: 'zh-CN', host: 'electron' }
    })
  })

  it('app:setLanguage persists the language and rebuilds the menu', async () => {
    const { ipc, file, onLanguageChanged } = setup()
    expect(await ipc.invoke('app:setLanguage', APP, 'zh-CN')).toEqual({ ok: true, value: undefined })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ language: 'zh-CN' })
    expect(onLanguageChanged).toHaveBeenCalledWith('zh-CN')
    expect(createSettingsStore(file).get()).toEqual({ language: 'zh-CN' })
  })

  it('app:setLanguage refuses unknown languages and untrusted senders', async () => {
    const { ipc, file, onLanguageChanged } = setup()
    expect(await ipc.invoke('app:setLanguage', APP, 'de')).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(await ipc.invoke('app:setLanguage', 'https://evil.example/', 'en')).toMatchObject({
      ok: false,
      error: { code: 'forbiddenSender' }
    })
    expect(onLanguageChanged).not.toHaveBeenCalled()
    expect(() => readFileSync(file)).toThrow()
  })

  it('sync:setServer saves the team server for the CSP and reloads the window only when it changes', async () => {
    const { ipc, file } = setup()
    const reload = vi.fn()
    ipc.sender = { reload }
    expect(await ipc.invoke('sync:setServer', APP, { serverUrl: 'https://sync.example.cn:8443' })).toEqual({ ok: true, value: { reloading: true } })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ syncServer: 'https://sync.example.cn:8443' })
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
    expect(await ipc.invoke('sync:setServer', APP, { serverUrl: 'https://sync.example.cn:8443' })).toEqual({ ok: true, value: { reloading: false } })
    expect(await ipc.invoke('sync:setServer', APP, { serverUrl: null })).toEqual({ ok: true, value: { reloading: true } })
    expect(createSettingsStore(file).get()).toEqual({ syncServer: null })
  })

  it('sync:setServer refuses an address that is not http(s) and untrusted senders, saving nothing', async () => {
    const { ipc, file } = setup()
    ipc.sender = { reload: vi.fn() }
    for (const serverUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'ws://x', `https://${'a'.repeat(400)}.cn`])
      expect(await ipc.invoke('sync:setServer', APP, { serverUrl }), serverUrl).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(await ipc.invoke('sync:setServer', 'https://evil.example/', { serverUrl: 'https://evil.example' })).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
    expect(() => readFileSync(file)).toThrow()
  })
})

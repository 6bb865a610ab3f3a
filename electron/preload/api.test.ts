import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IpcRendererEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMAND_CHANNEL as CONTRACT_CHANNEL, MENU_COMMANDS as CONTRACT_COMMANDS, MenuCommand } from '../../shared/ipc/contract'
import { createPreloadApi, isMenuCommand, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type IpcRendererLike } from './api'

type Listener = (event: IpcRendererEvent, payload: unknown) => void

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>()
  const renderer = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
      return renderer
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener)
      return renderer
    }),
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({} as IpcRendererEvent, payload)
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0
  }
  return renderer
}

describe('preload mirrors of the contract', () => {
  it('uses the contract channel and command list', () => {
    expect(MENU_COMMAND_CHANNEL).toBe(CONTRACT_CHANNEL)
    expect([...MENU_COMMANDS]).toEqual([...CONTRACT_COMMANDS])
  })

  it('accepts exactly what the MenuCommand schema accepts', () => {
    for (const value of [...CONTRACT_COMMANDS, 'quit', 'NEWACCOUNT', '', null, undefined, 1, {}, ['find'], 'find ']) {
      expect(isMenuCommand(value), String(value)).toBe(MenuCommand.safeParse(value).success)
    }
  })
})

describe('createPreloadApi', () => {
  it('exposes only the named functions of PreloadApi', () => {
    const api = createPreloadApi(fakeIpcRenderer() as unknown as IpcRendererLike)
    expect(Object.keys(api).sort()).toEqual(['exportPdf', 'getAppInfo', 'onMenuCommand', 'openFile', 'saveFile', 'setLanguage'])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('invokes one contract channel per function', async () => {
    const ipc = fakeIpcRenderer()
    const api = createPreloadApi(ipc as unknown as IpcRendererLike)
    const save = { suggestedName: 'a.md', filters: [], data: 'x', encoding: 'utf8' as const }
    await api.getAppInfo()
    await api.setLanguage('zh-CN')
    await api.saveFile(save)
    await api.openFile({ filters: [] })
    const pdf = { html: '<p>x</p>', suggestedName: 'brief', pageSize: 'A4' as const }
    await api.exportPdf(pdf)
    expect(ipc.invoke.mock.calls).toEqual([
      ['app:getInfo'],
      ['app:setLanguage', 'zh-CN'],
      ['file:save', save],
      ['file:open', { filters: [] }],
      ['brief:exportPdf', pdf]
    ])
  })

  it('passes valid menu commands on, drops anything else, and unsubscribes', () => {
    const ipc = fakeIpcRenderer()
    const api = createPreloadApi(ipc as unknown as IpcRendererLike)
    const listener = vi.fn()
    const unsubscribe = api.onMenuCommand(listener)
    ipc.emit(CONTRACT_CHANNEL, 'find')
    ipc.emit(CONTRACT_CHANNEL, 'rm -rf')
    ipc.emit(CONTRACT_CHANNEL, { command: 'find' })
    expect(listener.mock.calls).toEqual([['find']])
    unsubscribe()
    expect(ipc.count(CONTRACT_CHANNEL)).toBe(0)
    ipc.emit(CONTRACT_CHANNEL, 'newAccount')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('preload entry', () => {
  it('exposes the api as window.api through the context bridge, and nothing else', async () => {
    const exposeInMainWorld = vi.fn()
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: fakeIpcRenderer() }))
    await import('./index')
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1)
    const [key, api] = exposeInMainWorld.mock.calls[0]!
    expect(key).toBe('api')
    expect(Object.keys(api).sort()).toEqual(['exportPdf', 'getAppInfo', 'onMenuCommand', 'openFile', 'saveFile', 'setLanguage'])
    vi.doUnmock('electron')
  })

  // A sandboxed preload can only require('electron'); a bundled require('zod') would break window.api.
  const bundle = join(import.meta.dirname, '../../out/preload/index.cjs')
  it.skipIf(!existsSync(bundle))('the built preload bundle requires nothing but electron', () => {
    const requires = [...readFileSync(bundle, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
  })
})

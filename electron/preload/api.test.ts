import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IpcRendererEvent } from 'electron'
import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { CLOSE_REQUEST_CHANNEL, IPC_CHANNELS, IPC_METHODS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, MenuCommand, type IpcMethod, type PreloadApi } from '#shared/ipc/contract'
import { createPreloadApi, isMenuCommand, type IpcRendererLike } from './api'

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

// What window.api must hold, read from the contract: one function per channel, plus the menu listener.
const API_KEYS = [...Object.values(IPC_METHODS), 'onMenuCommand', 'onCloseRequest'].sort()

describe('isMenuCommand', () => {
  it('accepts exactly what the MenuCommand schema accepts', () => {
    for (const value of [...MENU_COMMANDS, 'quit', 'NEWACCOUNT', '', null, undefined, 1, {}, ['find'], 'find ']) {
      expect(isMenuCommand(value), String(value)).toBe(MenuCommand.safeParse(value).success)
    }
  })
})

describe('createPreloadApi', () => {
  it('exposes one named function per contract channel and onMenuCommand, nothing else', () => {
    const api = createPreloadApi(fakeIpcRenderer() as unknown as IpcRendererLike)
    expect(Object.keys(api).sort()).toEqual(API_KEYS)
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('has each function invoke its own contract channel, passing the request through', async () => {
    const ipc = fakeIpcRenderer()
    const api = createPreloadApi(ipc as unknown as IpcRendererLike)
    const call = (method: IpcMethod, ...args: unknown[]) => (api[method] as (...a: unknown[]) => Promise<unknown>)(...args)
    for (const channel of IPC_CHANNELS) {
      const request = { for: channel }
      await call(IPC_METHODS[channel], request)
      await call(IPC_METHODS[channel])
    }
    expect(ipc.invoke.mock.calls).toEqual(IPC_CHANNELS.flatMap((channel) => [[channel, { for: channel }], [channel]]))
  })

  it('returns the derived PreloadApi, which needs a function for every contract channel (type check)', () => {
    expectTypeOf(createPreloadApi).returns.toEqualTypeOf<PreloadApi>()
    expectTypeOf<keyof PreloadApi>().toEqualTypeOf<IpcMethod | 'onMenuCommand' | 'onCloseRequest'>()
    // For every channel: an API without that channel's function is not a PreloadApi.
    type Optional = { [M in IpcMethod]: Omit<PreloadApi, M> extends PreloadApi ? M : never }[IpcMethod]
    expectTypeOf<Optional>().toEqualTypeOf<never>()
    const { onMenuCommand, onCloseRequest } = createPreloadApi(fakeIpcRenderer() as unknown as IpcRendererLike)
    // @ts-expect-error an object without the contract channels' functions does not compile as a PreloadApi
    const incomplete: PreloadApi = { onMenuCommand, onCloseRequest }
    expect(Object.keys(incomplete)).toEqual(['onMenuCommand', 'onCloseRequest'])
  })

  it('passes valid menu commands on, drops anything else, and unsubscribes', () => {
    const ipc = fakeIpcRenderer()
    const api = createPreloadApi(ipc as unknown as IpcRendererLike)
    const listener = vi.fn()
    const unsubscribe = api.onMenuCommand(listener)
    ipc.emit(MENU_COMMAND_CHANNEL, 'find')
    ipc.emit(MENU_COMMAND_CHANNEL, 'rm -rf')
    ipc.emit(MENU_COMMAND_CHANNEL, { command: 'find' })
    expect(listener.mock.calls).toEqual([['find']])
    unsubscribe()
    expect(ipc.count(MENU_COMMAND_CHANNEL)).toBe(0)
    ipc.emit(MENU_COMMAND_CHANNEL, 'newAccount')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('tells the renderer when main asks to close, passing nothing from the event on, and unsubscribes', () => {
    const ipc = fakeIpcRenderer()
    const api = createPreloadApi(ipc as unknown as IpcRendererLike)
    const listener = vi.fn()
    const unsubscribe = api.onCloseRequest(listener)
    ipc.emit(CLOSE_REQUEST_CHANNEL, { anything: 'at all' })
    expect(listener.mock.calls).toEqual([[]])
    unsubscribe()
    expect(ipc.count(CLOSE_REQUEST_CHANNEL)).toBe(0)
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
    expect(Object.keys(api).sort()).toEqual(API_KEYS)
    vi.doUnmock('electron')
  })

  // A sandboxed preload can only require('electron'); a bundled require('zod') would break window.api.
  const bundle = join(import.meta.dirname, '../../out/preload/index.cjs')
  it.skipIf(!existsSync(bundle))('the built preload bundle requires nothing but electron, and carries every contract channel', () => {
    const code = readFileSync(bundle, 'utf8')
    const requires = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
    for (const channel of [...IPC_CHANNELS, MENU_COMMAND_CHANNEL, CLOSE_REQUEST_CHANNEL]) expect(code, channel).toContain(`"${channel}"`)
  })
})

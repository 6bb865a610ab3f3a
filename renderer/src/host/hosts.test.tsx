import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { buildIpcMethods, IPC_CHANNELS, IPC_METHODS, type IpcMethod, type IpcResult, type PreloadApi, type PreloadInvokers } from '#shared/ipc/contract'
import { createBrowserHost } from './browserHost'
import { createElectronHost } from './electronHost'
import { HostError, type HostApi } from './HostApi'

const HOST_KEYS = ['kind', 'onMenuCommand', 'onCloseRequest', ...Object.values(IPC_METHODS)].sort()

/** A window.api whose every function answers `reply(channel)`, recording what it was called with. */
function fakePreloadApi(reply: (channel: string) => unknown) {
  const calls: [string, unknown[]][] = []
  const unsubscribe = vi.fn()
  const api: PreloadApi = {
    ...buildIpcMethods<PreloadInvokers>((channel) => async (...args: unknown[]) => {
      calls.push([channel, args])
      return reply(channel) as never
    }),
    onMenuCommand: vi.fn(() => unsubscribe),
    onCloseRequest: vi.fn(() => unsubscribe)
  }
  return { api, calls, unsubscribe }
}

const callHost = (host: HostApi, method: IpcMethod, ...args: unknown[]) =>
  (host[method] as (...a: unknown[]) => Promise<unknown>)(...args)

describe('HostApi', () => {
  it('is derived from the contract, so a channel without a browser implementation fails the build (type check)', () => {
    expectTypeOf<keyof HostApi>().toEqualTypeOf<IpcMethod | 'kind' | 'onMenuCommand' | 'onCloseRequest'>()
    expectTypeOf(createBrowserHost).returns.toEqualTypeOf<HostApi>()
    expectTypeOf(createElectronHost).returns.toEqualTypeOf<HostApi>()
    // For every channel: a host without that channel's method is not a HostApi.
    type Optional = { [M in IpcMethod]: Omit<HostApi, M> extends HostApi ? M : never }[IpcMethod]
    expectTypeOf<Optional>().toEqualTypeOf<never>()
    const { onMenuCommand, onCloseRequest } = createBrowserHost()
    // @ts-expect-error a host without the contract channels' methods does not compile as a HostApi
    const incomplete: HostApi = { kind: 'browser', onMenuCommand, onCloseRequest }
    expect(incomplete.kind).toBe('browser')
  })
})

describe('createBrowserHost', () => {
  it('implements a method for every contract channel', () => {
    const host = createBrowserHost()
    expect(Object.keys(host).sort()).toEqual(HOST_KEYS)
    expect(host.kind).toBe('browser')
  })
})

describe('createElectronHost', () => {
  it('calls the preload function of each contract channel and unwraps its value', async () => {
    const { api, calls } = fakePreloadApi((channel) => ({ ok: true, value: { from: channel } }) satisfies IpcResult<unknown>)
    const host = createElectronHost(api)
    expect(Object.keys(host).sort()).toEqual(HOST_KEYS)
    for (const channel of IPC_CHANNELS) {
      await expect(callHost(host, IPC_METHODS[channel], { for: channel }), channel).resolves.toEqual({ from: channel })
    }
    expect(calls).toEqual(IPC_CHANNELS.map((channel) => [channel, [{ for: channel }]]))
  })

  it('throws HostError with the code and message of an error reply, and internal for a malformed one', async () => {
    for (const channel of IPC_CHANNELS) {
      const failing = createElectronHost(fakePreloadApi(() => ({ ok: false, error: { code: 'invalidRequest', message: 'too big' } })).api)
      const error = await callHost(failing, IPC_METHODS[channel]).catch((e: unknown) => e)
      expect(error, channel).toBeInstanceOf(HostError)
      expect(error, channel).toMatchObject({ code: 'invalidRequest', message: 'too big' })
      const malformed = createElectronHost(fakePreloadApi(() => 'not a result').api)
      await expect(callHost(malformed, IPC_METHODS[channel]), channel).rejects.toMatchObject({ name: 'HostError', code: 'internal' })
    }
  })

  it('forwards menu commands to window.api.onMenuCommand', () => {
    const { api, unsubscribe } = fakePreloadApi(() => null)
    const listener = vi.fn()
    createElectronHost(api).onMenuCommand(listener)()
    expect(api.onMenuCommand).toHaveBeenCalledWith(listener)
    expect(unsubscribe).toHaveBeenCalled()
  })
})

import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from '../schemas/zod'
import {
  buildIpcMethods,
  IPC_CHANNELS,
  IPC_METHODS,
  ipcContract,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  MenuCommand,
  type IpcChannel,
  type IpcContractShape,
  type IpcMethod
} from './contract'

describe('the IPC contract', () => {
  it('gives every channel of the names table a zod request and response schema, and has no others', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort())
    for (const channel of IPC_CHANNELS) {
      expect(ipcContract[channel].request, channel).toBeInstanceOf(z.ZodType)
      expect(ipcContract[channel].response, channel).toBeInstanceOf(z.ZodType)
    }
  })

  it('names channels `domain:verb` and gives each its own function name', () => {
    for (const channel of [...IPC_CHANNELS, MENU_COMMAND_CHANNEL]) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/)
    const methods = Object.values(IPC_METHODS)
    for (const method of methods) expect(method).toMatch(/^[a-z][A-Za-z]*$/)
    expect(new Set(methods).size).toBe(methods.length)
    // The renderer's HostApi and window.api add these two members of their own.
    expect(methods).not.toContain('kind')
    expect(methods).not.toContain('onMenuCommand')
    expect(IPC_CHANNELS).not.toContain(MENU_COMMAND_CHANNEL)
  })

  it('builds the menu command schema from the zod-free command list', () => {
    expect(MenuCommand.options).toEqual([...MENU_COMMANDS])
  })

  it('keys the contract by exactly the channels of the names table (type check)', () => {
    expectTypeOf<keyof typeof ipcContract>().toEqualTypeOf<IpcChannel>()
    // @ts-expect-error a contract without an entry for every channel does not compile
    const partial: IpcContractShape = {}
    expect(partial).toEqual({})
  })
})

describe('buildIpcMethods', () => {
  it('makes one function per channel, named by the table and made for that channel', () => {
    const made: [IpcChannel, IpcMethod][] = []
    const api = buildIpcMethods<Record<IpcMethod, () => IpcChannel>>((channel, method) => {
      made.push([channel, method])
      return () => channel
    })
    expect(made).toEqual(Object.entries(IPC_METHODS))
    expect(Object.keys(api).sort()).toEqual(Object.values(IPC_METHODS).sort())
    for (const channel of IPC_CHANNELS) expect(api[IPC_METHODS[channel]](), channel).toBe(channel)
  })
})

// The names half of the IPC contract, with no zod in it: the sandboxed preload bundles this module at
// runtime and may require nothing but "electron". contract.ts gives every channel listed here its
// request and response schemas; the type checker keeps the two tables' keys equal. Everything else
// (window.api, HostApi, both hosts, the tests' channel lists) is derived from these two tables.

/**
 * Every invoke channel (renderer → main, namespaced `domain:verb`) and the name of its function on
 * `window.api` and on the renderer's HostApi.
 */
export const IPC_METHODS = {
  'app:getInfo': 'getAppInfo',
  'app:setLanguage': 'setLanguage',
  'file:save': 'saveFile',
  'file:open': 'openFile',
  'brief:exportPdf': 'exportPdf',
  'window:setUnsavedChanges': 'setUnsavedChanges',
  'window:confirmClose': 'confirmClose',
  'snapshot:write': 'writeSnapshot',
  'snapshot:list': 'listSnapshots',
  'snapshot:read': 'readSnapshot',
  'snapshot:setKeep': 'setSnapshotKeep',
  'sync:setServer': 'setSyncServer'
} as const satisfies Record<`${string}:${string}`, string>

export type IpcChannel = keyof typeof IPC_METHODS
export type IpcMethod<C extends IpcChannel = IpcChannel> = (typeof IPC_METHODS)[C]

export const IPC_CHANNELS = Object.keys(IPC_METHODS) as IpcChannel[]

/** Commands the native menu sends to the renderer (main → renderer, one push channel). */
export const MENU_COMMAND_CHANNEL = 'menu:command'
/**
 * Main asks the renderer before closing a window that holds unsaved changes (main → renderer, no payload);
 * the renderer answers by calling `window:confirmClose`, or not at all when the rep stays.
 */
export const CLOSE_REQUEST_CHANNEL = 'window:closeRequested'
export const MENU_COMMANDS = ['newAccount', 'find', 'openSettings', 'showAbout', 'useEnglish', 'useChinese'] as const

/**
 * The one generic builder: an object with one function per contract channel, named by IPC_METHODS.
 * `make(channel)` returns the function for that channel, so each closes over its own fixed channel.
 * `Api` is the derived mapped type the caller builds (PreloadApi's invokers, HostApi's methods).
 */
export function buildIpcMethods<Api extends Record<IpcMethod, (...args: never[]) => unknown>>(
  make: (channel: IpcChannel, method: IpcMethod) => (...args: never[]) => unknown
): Api {
  const api: Partial<Record<IpcMethod, (...args: never[]) => unknown>> = {}
  for (const channel of IPC_CHANNELS) api[IPC_METHODS[channel]] = make(channel, IPC_METHODS[channel])
  return api as Api
}

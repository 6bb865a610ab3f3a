import type { IpcRenderer, IpcRendererEvent } from 'electron'
// Types only: a runtime import of shared/ipc/contract would pull `require("zod")` into the bundle
// (electron-vite externalises dependencies), and a sandboxed preload can only require "electron".
import type { IpcChannel, MenuCommand, PreloadApi } from '../../shared/ipc/contract'

/** Mirror MENU_COMMAND_CHANNEL and MENU_COMMANDS of the contract; api.test.ts keeps them equal. */
export const MENU_COMMAND_CHANNEL = 'menu:command'
export const MENU_COMMANDS = [
  'newAccount',
  'find',
  'openSettings',
  'showAbout',
  'useEnglish',
  'useChinese'
] as const satisfies readonly MenuCommand[]

const menuCommands: ReadonlySet<unknown> = new Set(MENU_COMMANDS)

/** The same check as the contract's MenuCommand schema, without zod. */
export const isMenuCommand = (value: unknown): value is MenuCommand => menuCommands.has(value)

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/** One named function per channel; never ipcRenderer itself or a generic invoke. */
export function createPreloadApi(ipcRenderer: IpcRendererLike): PreloadApi {
  const invoke = (channel: IpcChannel, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
  const api = {
    getAppInfo: () => invoke('app:getInfo'),
    setLanguage: (language) => invoke('app:setLanguage', language),
    saveFile: (request) => invoke('file:save', request),
    openFile: (request) => invoke('file:open', request),
    exportPdf: (request) => invoke('brief:exportPdf', request),
    onMenuCommand: (listener) => {
      const onCommand = (_event: IpcRendererEvent, payload: unknown) => {
        if (isMenuCommand(payload)) listener(payload)
      }
      ipcRenderer.on(MENU_COMMAND_CHANNEL, onCommand)
      return () => {
        ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onCommand)
      }
    }
  } satisfies PreloadApi
  return api
}

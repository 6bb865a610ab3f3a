import type { IpcRenderer, IpcRendererEvent } from 'electron'
// The one runtime import from shared/: channels.ts holds names only. contract.ts is types only here, since
// a runtime import of it would pull `require("zod")` into the bundle (electron-vite externalises
// dependencies), and a sandboxed preload can only require "electron".
import { buildIpcMethods, CLOSE_REQUEST_CHANNEL, MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '#shared/ipc/channels'
import type { MenuCommand, PreloadApi, PreloadInvokers } from '#shared/ipc/contract'

const menuCommands: ReadonlySet<unknown> = new Set(MENU_COMMANDS)

/** The same check as the contract's MenuCommand schema, without zod. */
export const isMenuCommand = (value: unknown): value is MenuCommand => menuCommands.has(value)

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * One named function per contract channel, each invoking its own fixed channel; never ipcRenderer
 * itself or a generic invoke. Main validates the arguments and refuses more than one.
 */
export function createPreloadApi(ipcRenderer: IpcRendererLike): PreloadApi {
  const api = {
    ...buildIpcMethods<PreloadInvokers>((channel) => (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)),
    onMenuCommand: (listener) => {
      const onCommand = (_event: IpcRendererEvent, payload: unknown) => {
        if (isMenuCommand(payload)) listener(payload)
      }
      ipcRenderer.on(MENU_COMMAND_CHANNEL, onCommand)
      return () => {
        ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onCommand)
      }
    },
    onCloseRequest: (listener) => {
      // No payload crosses: the listener is called with nothing from the event.
      const onRequest = () => listener()
      ipcRenderer.on(CLOSE_REQUEST_CHANNEL, onRequest)
      return () => {
        ipcRenderer.removeListener(CLOSE_REQUEST_CHANNEL, onRequest)
      }
    }
  } satisfies PreloadApi
  return api
}

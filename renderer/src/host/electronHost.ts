import { buildIpcMethods, type IpcResult, type PreloadApi } from '#shared/ipc/contract'
import { HostError, type HostApi, type HostMethods } from './HostApi'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    api?: PreloadApi
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result && typeof result === 'object' && 'ok' in result) {
    if (result.ok) return result.value
    const { code, message } = result.error ?? {}
    throw new HostError(typeof code === 'string' ? code : 'internal', typeof message === 'string' ? message : '')
  }
  throw new HostError('internal', 'Malformed reply from the desktop host')
}

/** HostApi over the preload's window.api: unwraps every IpcResult, throwing HostError on `ok: false`. */
export function createElectronHost(api: PreloadApi): HostApi {
  // One function per channel; openFile's overloads (text or bytes, by `as`) narrow what the channel already returns.
  return {
    kind: 'electron',
    ...(buildIpcMethods<HostMethods>((_channel, method) => async (...args: unknown[]) => {
      const call = api[method] as (...args: unknown[]) => Promise<IpcResult<unknown>>
      return unwrap(await call(...args))
    }) as Omit<HostMethods, 'openFile'> & Pick<HostApi, 'openFile'>),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onCloseRequest: (listener) => api.onCloseRequest(listener)
  }
}

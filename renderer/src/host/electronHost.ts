import type { IpcResult, PreloadApi } from '../../../shared/ipc/contract'
import { HostError, type HostApi } from './HostApi'

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
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await api.getAppInfo()),
    setLanguage: async (language) => unwrap(await api.setLanguage(language)),
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    openFile: async (request) => unwrap(await api.openFile(request)),
    exportPdf: async (request) => unwrap(await api.exportPdf(request)),
    onMenuCommand: (listener) => api.onMenuCommand(listener)
  }
}

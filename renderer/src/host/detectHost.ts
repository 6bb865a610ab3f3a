import type { HostApi } from './HostApi'
import { createBrowserHost } from './browserHost'
import { createElectronHost } from './electronHost'

/** Electron's preload puts `api` on window; a plain browser has none. */
export function detectHost(): HostApi {
  return window.api ? createElectronHost(window.api) : createBrowserHost()
}

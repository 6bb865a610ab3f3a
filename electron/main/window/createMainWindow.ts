import type { BrowserWindow as BrowserWindowClass } from 'electron'
import { trackWindowState, type WindowState } from '../services/windowState'
import { createLogger } from '#shared/log'
import { mainWindowOptions } from './mainWindowOptions'

const log = createLogger('mainWindow')

export interface CreateMainWindowInput {
  BrowserWindow: typeof BrowserWindowClass
  state: WindowState
  stateFile: string
  preloadPath: string
  title: string
  /** app://atlas/ in production, the dev server URL under `electron-vite dev`. */
  url: string
}

export function createMainWindow(input: CreateMainWindowInput): BrowserWindowClass {
  const window = new input.BrowserWindow(
    mainWindowOptions({ state: input.state, preloadPath: input.preloadPath, title: input.title })
  )
  trackWindowState(window, input.stateFile, (error) => log.error('could not save window state', error))

  window.once('ready-to-show', () => {
    if (input.state.isMaximized) window.maximize()
    window.show()
  })
  window.webContents.on('did-fail-load', (_event, code, description, url) => {
    log.error('renderer failed to load', code, description, url)
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('renderer process gone', details.reason)
  })

  window.loadURL(input.url).catch((error: unknown) => log.error('loadURL failed', input.url, error))
  return window
}

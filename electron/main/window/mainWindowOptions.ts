import type { BrowserWindowConstructorOptions } from 'electron'
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type WindowState } from '../services/windowState'

export interface MainWindowOptionsInput {
  state: WindowState
  /** Absolute path of the bundled CommonJS preload (out/preload/index.cjs). */
  preloadPath: string
  title: string
}

/**
 * The main window's options. The renderer gets no Node, an isolated world for the preload, the OS
 * sandbox, and web security; nothing here may be loosened without a security review.
 */
export function mainWindowOptions({ state, preloadPath, title }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true
    }
  }
}

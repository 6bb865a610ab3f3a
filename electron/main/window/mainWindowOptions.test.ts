import { describe, expect, it } from 'vitest'
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../services/windowState'
import { mainWindowOptions } from './mainWindowOptions'

const preloadPath = '/opt/atlas/out/preload/index.cjs'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ state: { width: 1280, height: 820, isMaximized: false }, preloadPath, title: 'Account Atlas' })

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false
    })
  })

  it('loads the bundled CommonJS preload', () => {
    expect(options.webPreferences?.preload).toMatch(/index\.cjs$/)
  })

  it('waits for ready-to-show and has a minimum size', () => {
    expect(options.show).toBe(false)
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH)
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT)
  })

  it('uses the saved position when there is one, else centres', () => {
    expect(options).toMatchObject({ width: 1280, height: 820, center: true })
    expect(options.x).toBeUndefined()
    const placed = mainWindowOptions({ state: { x: 40, y: 30, width: 1000, height: 700, isMaximized: false }, preloadPath, title: 't' })
    expect(placed).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 })
    expect(placed.center).toBeUndefined()
  })
})

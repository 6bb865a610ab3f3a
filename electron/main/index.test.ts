import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '#shared/ipc/contract'
import { APP_SCHEME_PRIVILEGES } from './appOrigin'

// The lifecycle in electron/main/index.ts, run against a fake `electron` module.
const fake = vi.hoisted(() => {
  const calls: string[] = []
  return { calls, state: {} as Record<string, unknown> }
})

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  const { vi } = await import('vitest')
  const calls = fake.calls

  class FakeWebContents extends EventEmitter {
    send = vi.fn()
    setWindowOpenHandler = vi.fn()
  }
  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = []
    static getAllWindows = () => FakeBrowserWindow.instances.filter((w) => !w.destroyed)
    static fromWebContents = () => null
    webContents = new FakeWebContents()
    destroyed = false
    loadURL = vi.fn(async () => {})
    isDestroyed = () => this.destroyed
    isMinimized = vi.fn(() => true)
    restore = vi.fn()
    show = vi.fn()
    focus = vi.fn()
    maximize = vi.fn()
    isMaximized = () => false
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
    constructor(readonly options: Record<string, unknown>) {
      super()
      FakeBrowserWindow.instances.push(this)
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    lock: true,
    ready: false,
    paths: {} as Record<string, string>,
    setPath: vi.fn((name: string, path: string) => void (app.paths[name] = path)),
    getPath: vi.fn((name: string) => app.paths[name] ?? '/nonexistent'),
    requestSingleInstanceLock: vi.fn(() => app.lock),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    isReady: () => app.ready,
    getLocale: () => 'zh-CN',
    getName: () => 'Account Atlas',
    getVersion: () => '0.1.0',
    whenReady: vi.fn(() => {
      calls.push('whenReady')
      app.ready = true
      return Promise.resolve()
    })
  })

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    FakeWebContents,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn()
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        flushStorageData: vi.fn()
      }
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    shell: { openExternal: vi.fn(async () => {}) }
  }
  fake.state.electron = module
  return { ...module, default: module }
})

type Electron = {
  app: EventEmitter & Record<string, any>
  BrowserWindow: any
  FakeWebContents: any
  protocol: Record<string, any>
  session: { defaultSession: Record<string, any> }
  Menu: Record<string, any>
  ipcMain: Record<string, any>
}

let userData: string
const electron = () => fake.state.electron as Electron

async function start(options: { lock?: boolean; packaged?: boolean; devUrl?: string; settings?: string } = {}) {
  vi.resetModules()
  vi.clearAllMocks()
  fake.calls.length = 0
  const { app, BrowserWindow } = (await import('electron')) as unknown as Electron
  app.removeAllListeners()
  app.lock = options.lock ?? true
  app.isPackaged = options.packaged ?? false
  app.ready = false
  BrowserWindow.instances.length = 0
  if (options.devUrl) process.env.ELECTRON_RENDERER_URL = options.devUrl
  else delete process.env.ELECTRON_RENDERER_URL
  if (options.settings) writeFileSync(join(userData, 'settings.json'), options.settings)
  process.env.ACCOUNT_ATLAS_USER_DATA_DIR = userData
  await import('./index')
  await new Promise((resolve) => setTimeout(resolve, 0))
  return electron()
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'atlas-main-'))
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL
  delete process.env.ACCOUNT_ATLAS_USER_DATA_DIR
  vi.restoreAllMocks()
  rmSync(userData, { recursive: true, force: true })
})

describe('main process lifecycle', () => {
  it('registers the privileged app scheme and enables the sandbox before ready', async () => {
    const { protocol, app } = await start()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES])
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'))
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('whenReady'))
    expect(app.setPath).toHaveBeenCalledWith('userData', userData)
  })

  it('serves out/renderer over app:// and opens app://atlas/ in production', async () => {
    const { protocol, BrowserWindow, session } = await start({ devUrl: 'http://localhost:5173/', packaged: true })
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled()
    const [window] = BrowserWindow.instances
    expect(window.loadURL).toHaveBeenCalledWith('app://atlas/')
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(window.options.webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/)
    expect(window.options.show).toBe(false)
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalled()
  })

  it('loads the electron-vite dev server when unpackaged', async () => {
    const { protocol, BrowserWindow, Menu } = await start({ devUrl: 'http://localhost:5173/' })
    expect(BrowserWindow.instances[0].loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(protocol.handle).not.toHaveBeenCalled()
    const template = Menu.buildFromTemplate.mock.calls.at(-1)[0] as MenuItemConstructorOptions[]
    expect(JSON.stringify(template)).toContain('toggleDevTools')
  })

  it('quits at once when another instance holds the lock', async () => {
    const { app, BrowserWindow } = await start({ lock: false })
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(BrowserWindow.instances).toHaveLength(0)
  })

  it('focuses the existing window on a second instance', async () => {
    const { app, BrowserWindow } = await start()
    const [window] = BrowserWindow.instances
    app.emit('second-instance')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('flushes storage before quitting, and quits when the last window closes (not on macOS)', async () => {
    const { app, session } = await start()
    app.emit('before-quit')
    expect(session.defaultSession.flushStorageData).toHaveBeenCalled()
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('guards every webContents that gets created', async () => {
    const { app, FakeWebContents } = await start()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    const event = { url: 'https://evil.example/', preventDefault: vi.fn() }
    contents.emit('will-redirect', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('builds the menu in the OS language, or the saved one', async () => {
    const first = await start()
    expect(first.Menu.buildFromTemplate.mock.calls[0][0][0].label).toBe('文件')
    const second = await start({ settings: '{"language":"en"}' })
    expect(second.Menu.buildFromTemplate.mock.calls[0][0][0].label).toBe('File')
  })

  it('registers each IPC channel once', async () => {
    const { ipcMain } = await start()
    expect(ipcMain.handle.mock.calls.map((c: unknown[]) => c[0]).sort()).toEqual([...IPC_CHANNELS].sort())
  })
})

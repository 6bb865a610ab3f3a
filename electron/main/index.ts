import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MENU_COMMAND_CHANNEL, type Language, type MenuCommand } from '#shared/ipc/contract'
import { languageForLocale, translate } from '#shared/i18n/translate'
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appOrigin'
import { createAppProtocolHandler } from './appProtocol'
import { registerAppIpc } from './ipc/registerAppIpc'
import { registerBriefIpc } from './ipc/registerBriefIpc'
import { electronDialog, registerFileIpc } from './ipc/registerFileIpc'
import { trustedSenderCheck } from './ipc/registerIpc'
import { registerSnapshotIpc, snapshotKeepOf } from './ipc/registerSnapshotIpc'
import { createCloseGuard, registerWindowIpc } from './ipc/registerWindowIpc'
import { createLogger } from '#shared/log'
import { guardWebContents, hardenSession, policyWithSyncServer } from './security'
import { installApplicationMenu } from './services/menu'
import { createSettingsStore } from './services/settings'
import { createSnapshotService } from './services/snapshots'
import { loadWindowState } from './services/windowState'
import { createMainWindow } from './window/createMainWindow'
import { userDataOverride } from './userDataOverride'

const log = createLogger('main')

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const mainDir = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(mainDir, '../preload/index.cjs')
const rendererRoot = join(mainDir, '../renderer')

// electron-vite dev sets ELECTRON_RENDERER_URL; a packaged app never honours it.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined

// Lets tests and side-by-side runs use a throwaway profile; a packaged app ignores it. Must happen before the
// lock and `ready`.
const userDataDir = userDataOverride(process.env, app.isPackaged)
if (userDataDir) app.setPath('userData', userDataDir)

// Both must run before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command)
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  const settings = createSettingsStore(join(userData, 'settings.json'))
  // connect-src names the team server only while the rep has team sync on (sync:setServer).
  const syncServer = () => settings.get().syncServer
  hardenSession(session.defaultSession, { devServerUrl, syncServer })
  if (!devServerUrl) {
    const csp = () => policyWithSyncServer(devServerUrl, syncServer())
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererRoot, contentSecurityPolicy: csp }))
  }

  let language: Language = settings.get().language ?? languageForLocale(app.getLocale())
  const menuOptions = { isDev: Boolean(devServerUrl), platform: process.platform }
  installApplicationMenu(Menu, language, sendMenuCommand, menuOptions)

  const isTrustedSender = trustedSenderCheck(devServerUrl)
  registerAppIpc({
    ipcMain,
    isTrustedSender,
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
      host: 'electron'
    }),
    settings,
    onLanguageChanged: (next) => {
      language = next
      installApplicationMenu(Menu, language, sendMenuCommand, menuOptions)
    }
  })
  registerFileIpc({
    ipcMain,
    isTrustedSender,
    dialog: electronDialog(dialog),
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender)
  })
  registerBriefIpc({
    ipcMain,
    isTrustedSender,
    dialog: electronDialog(dialog),
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
    print: { createWindow: (options) => new BrowserWindow(options) }
  })
  // Rolling snapshots live beside the browser profile, so losing IndexedDB does not lose them.
  const snapshots = createSnapshotService({ dir: join(userData, 'snapshots'), keep: () => snapshotKeepOf(settings) })
  registerSnapshotIpc({ ipcMain, isTrustedSender, snapshots, settings })
  // Closing a window with unsaved form edits asks the renderer first.
  const closeGuard = createCloseGuard()
  registerWindowIpc({ ipcMain, isTrustedSender, guard: closeGuard, windowFor: (event) => BrowserWindow.fromWebContents(event.sender) })

  const stateFile = join(userData, 'window-state.json')
  const openMainWindow = () => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea)
    mainWindow = createMainWindow({
      BrowserWindow,
      state: loadWindowState(stateFile, workAreas),
      stateFile,
      preloadPath,
      title: translate(language, 'app.name'),
      url: devServerUrl ?? APP_ENTRY_URL
    })
    closeGuard.attach(mainWindow)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  }

  openMainWindow()
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens one.
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this profile (and its IndexedDB); it gets focused via 'second-instance'.
  app.quit()
} else {
  if (process.platform === 'win32') app.setAppUserModelId('com.accountatlas.app')

  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', () => {
    // Make sure IndexedDB / localStorage writes reach the disk before the process exits.
    if (app.isReady()) session.defaultSession.flushStorageData()
  })

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('start-up failed', error)
      app.quit()
    })
}

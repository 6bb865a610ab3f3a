// Where the browser edition keeps its profile, which installed Chromium-family browser opens it, and
// whether there is a screen to open it on.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'

const PRODUCT = 'Account Atlas'

/** The folder Electron would use as userData for this app on each platform. */
export function userDataDir({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  if (env.ACCOUNT_ATLAS_USER_DATA_DIR) return env.ACCOUNT_ATLAS_USER_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT)
}

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser']
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Brave Browser.app/Contents/MacOS/Brave Browser'
]
const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
  'Chromium\\Application\\chrome.exe',
  'BraveSoftware\\Brave-Browser\\Application\\brave.exe'
]

/** Candidate executables, most preferred first. ACCOUNT_ATLAS_BROWSER (or CHROME_PATH) wins. */
export function browserCandidates({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  const chosen = [env.ACCOUNT_ATLAS_BROWSER, env.CHROME_PATH].filter(Boolean)
  if (platform === 'darwin') {
    return [...chosen, ...['/Applications', join(home, 'Applications')].flatMap((dir) => MAC_APPS.map((app) => join(dir, app)))]
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    return [...chosen, ...roots.flatMap((root) => WINDOWS_APPS.map((app) => `${root}\\${app}`))]
  }
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/snap/bin']
  return [...chosen, ...LINUX_NAMES.flatMap((name) => [...new Set(dirs)].map((dir) => join(dir, name)))]
}

export function findBrowser(options = {}, exists = existsSync) {
  return browserCandidates(options).find((path) => exists(path)) ?? null
}

/** Linux and the BSDs need an X11 or Wayland display; macOS and Windows always have a screen. */
export function hasDisplay({ platform = process.platform, env = process.env } = {}) {
  if (platform === 'darwin' || platform === 'win32') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/** Flags for an app window with its own profile that never talks to the browser maker's servers. */
export function appWindowArgs({ url, profileDir, isRoot = false }) {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1360,880',
    // Chromium refuses to start as root with its sandbox on.
    ...(isRoot ? ['--no-sandbox'] : [])
  ]
}

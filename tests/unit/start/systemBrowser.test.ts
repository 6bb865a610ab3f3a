import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findElectronBinary } from '#scripts/start/electronBinary.mjs'
import { appWindowArgs, browserCandidates, findBrowser, hasDisplay, userDataDir } from '#scripts/start/systemBrowser.mjs'

describe('browser edition: where it lives and what opens it', () => {
  it('keeps its profile where the desktop app keeps its data, per platform', () => {
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/li' })).toBe('/home/li/.config/Account Atlas')
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, home: '/home/li' })).toBe('/x/Account Atlas')
    expect(userDataDir({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe('/Users/li/Library/Application Support/Account Atlas')
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, home: 'C:\\Users\\li' })).toContain('Account Atlas')
  })

  it('prefers the browser the user names, then Chromium, Chrome and Edge', () => {
    const linux = browserCandidates({ platform: 'linux', env: { PATH: '/usr/local/bin:/usr/bin' }, home: '/home/li' })
    expect(linux[0]).toBe('/usr/local/bin/chromium')
    expect(linux).toContain('/usr/bin/google-chrome')
    expect(browserCandidates({ platform: 'linux', env: { ACCOUNT_ATLAS_BROWSER: '/opt/b/chrome', PATH: '' } })[0]).toBe('/opt/b/chrome')
    expect(browserCandidates({ platform: 'darwin', env: {}, home: '/Users/li' })[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    const windows = browserCandidates({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, home: 'C:\\Users\\li' })
    expect(windows).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe')
  })

  it('finds the first candidate that exists, or none', () => {
    const env = { PATH: '/usr/bin' }
    expect(findBrowser({ platform: 'linux', env }, (path) => path === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome')
    expect(findBrowser({ platform: 'linux', env }, () => false)).toBeNull()
  })

  it('needs a display on Linux only', () => {
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false)
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':99' } })).toBe(true)
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true)
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true)
  })

  it('opens an app window with its own profile and no calls home; no sandbox flag unless root', () => {
    const args = appWindowArgs({ url: 'http://127.0.0.1:41730/', profileDir: '/p' })
    expect(args).toContain('--app=http://127.0.0.1:41730/')
    expect(args).toContain('--user-data-dir=/p')
    expect(args).toContain('--disable-background-networking')
    expect(args).not.toContain('--no-sandbox')
    expect(appWindowArgs({ url: 'u', profileDir: '/p', isRoot: true })).toContain('--no-sandbox')
  })
})

describe('finding the Electron binary without downloading it', () => {
  function electronPackage(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'))
    writeFileSync(join(dir, 'package.json'), '{"version":"45.4.1"}')
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), content)
    }
    return dir
  }

  it('reports a never-downloaded binary as missing', () => {
    const found = findElectronBinary(electronPackage({}), { env: {}, platform: 'linux' })
    expect(found).toHaveProperty('missing', expect.stringContaining('never downloaded'))
  })

  it('finds the downloaded binary that path.txt names', () => {
    const dir = electronPackage({ 'path.txt': 'electron', 'dist/electron': '' })
    expect(findElectronBinary(dir, { env: {}, platform: 'linux' })).toEqual({ path: join(dir, 'dist/electron'), overridden: false })
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH when set, and says when it points nowhere', () => {
    const dir = electronPackage({})
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'))
    writeFileSync(join(dist, 'electron'), '')
    expect(findElectronBinary(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' })).toEqual({
      path: join(dist, 'electron'),
      overridden: true
    })
    expect(findElectronBinary(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, platform: 'linux' })).toHaveProperty('missing')
  })
})

// Finds the Electron executable WITHOUT require('electron'): that require starts a download when the
// binary is missing. Mirrors node_modules/electron/index.js: path.txt names the executable, which lives
// under $ELECTRON_OVERRIDE_DIST_PATH when set, else under node_modules/electron/dist.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** What node_modules/electron/install.js writes into path.txt on each platform. */
function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron'
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron'
    case 'win32':
      return 'electron.exe'
    default:
      return null
  }
}

/** The executable name install.js recorded, or null before the first download. */
function readPathTxt(electronDir) {
  try {
    return readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || null
  } catch {
    return null
  }
}

/**
 * @param {string} electronDir the electron package folder (node_modules/electron)
 * @param {{ env?: NodeJS.ProcessEnv, platform?: string }} [options]
 * @returns {{ path: string, overridden: boolean } | { missing: string }}
 */
export function findElectronBinary(electronDir, { env = process.env, platform = process.platform } = {}) {
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { missing: 'node_modules/electron is not installed (run npm install)' }
  }
  const executable = readPathTxt(electronDir)

  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const name = executable ?? platformExecutable(platform)
    if (!name) return { missing: `Electron has no build for platform ${platform}` }
    const candidate = join(override, name)
    return existsSync(candidate)
      ? { path: candidate, overridden: true }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` }
  }
  if (!executable) {
    return {
      missing:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is absent). ' +
        'Run "npx install-electron" with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron of the pinned version.'
    }
  }
  const candidate = join(electronDir, 'dist', executable)
  return existsSync(candidate)
    ? { path: candidate, overridden: false }
    : { missing: `node_modules/electron/path.txt names ${executable}, but ${candidate} does not exist` }
}

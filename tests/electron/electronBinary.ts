import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Repository root (this file is tests/electron/electronBinary.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** What node_modules/electron/install.js would write into path.txt on this platform. */
function platformExecutable(): string | null {
  switch (process.platform) {
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

/**
 * Finds the Electron executable WITHOUT require('electron'): that require downloads the binary when it
 * is missing. Mirrors node_modules/electron/index.js: path.txt names the executable, which lives under
 * $ELECTRON_OVERRIDE_DIST_PATH when set, else under node_modules/electron/dist.
 */
export function findElectronBinary(root: string = REPO_ROOT): { path: string } | { missing: string } {
  const electronDir = join(root, 'node_modules', 'electron')
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { missing: 'node_modules/electron is not installed (run npm ci)' }
  }

  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let executable: string | null = null
  try {
    executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || null
  } catch {
    executable = null
  }

  if (override) {
    const name = executable ?? platformExecutable()
    if (!name) return { missing: `Electron has no build for platform ${process.platform}` }
    const candidate = join(override, name)
    return existsSync(candidate)
      ? { path: candidate }
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
    ? { path: candidate }
    : { missing: `node_modules/electron/path.txt names ${executable}, but ${candidate} does not exist` }
}

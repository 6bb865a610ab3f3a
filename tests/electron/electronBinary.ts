import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary as findIn } from '#scripts/start/electronBinary.mjs'

/** Repository root (this file is tests/electron/electronBinary.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The Electron executable of this checkout, found the way `npm start` finds it. */
export function findElectronBinary(root: string = REPO_ROOT): { path: string } | { missing: string } {
  return findIn(join(root, 'node_modules', 'electron'))
}

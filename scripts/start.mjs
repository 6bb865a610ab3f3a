// `npm start`: opens Account Atlas. The desktop app when Electron's binary is installed or can be
// downloaded; otherwise the browser edition (see scripts/start/). ACCOUNT_ATLAS_EDITION=browser picks the
// browser edition directly.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startBrowserEdition } from './start/browserEdition.mjs'
import { findElectronBinary } from './start/electronBinary.mjs'
import { installElectron } from './start/installElectron.mjs'
import { startApp } from './start/startApp.mjs'

const repoRoot = join(import.meta.dirname, '..')
const electronDir = join(repoRoot, 'node_modules', 'electron')
const print = (line) => console.log(`[start] ${line}`)

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' })
    child.on('error', (error) => {
      print(error.message)
      resolve(1)
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function startBrowser() {
  const edition = await startBrowserEdition({ repoRoot, print })
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void edition.stop())
  await edition.finished
  return 0
}

const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
try {
  const { exitCode } = await startApp({
    electronVersion: version,
    forceBrowser: process.env.ACCOUNT_ATLAS_EDITION === 'browser',
    findElectron: () => findElectronBinary(electronDir),
    installElectron: () => installElectron(electronDir),
    // electron-vite preview builds main, preload and renderer, then starts Electron; ELECTRON_EXEC_PATH
    // points it at a binary outside node_modules (ELECTRON_OVERRIDE_DIST_PATH).
    startElectron: (binary) =>
      run(process.execPath, [join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'], {
        ...process.env,
        ...(binary.overridden ? { ELECTRON_EXEC_PATH: binary.path } : {})
      }),
    startBrowser,
    print
  })
  process.exitCode = exitCode
} catch (error) {
  print(`Could not start Account Atlas: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}

// The browser edition: the same renderer, built for a plain browser, served on a loopback port and opened
// in the system's Chromium or Chrome as an app window with its own profile. The port is fixed because
// the browser keeps IndexedDB per origin: a new port would look like an empty database.
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { IDENTITY_PATH, startStaticServer } from './staticServer.mjs'
import { appWindowArgs, findBrowser, hasDisplay, userDataDir } from './systemBrowser.mjs'

export const DEFAULT_PORT = 41730
const SOURCES = ['renderer', 'shared', 'package.json', 'vite.web.config.ts']

function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/** True when dist-web is missing or older than any renderer/shared source. */
export function webBuildIsStale(repoRoot) {
  const built = statSync(join(repoRoot, 'dist-web', 'index.html'), { throwIfNoEntry: false })
  if (!built) return true
  return SOURCES.some((source) => newestMtime(join(repoRoot, source)) > built.mtimeMs)
}

function buildWeb(repoRoot, print) {
  print('Building the browser edition (once, after each update; about half a minute)…')
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit'
  })
  if (result.status !== 0) throw new Error('building the browser edition failed (the messages above say why)')
}

async function identityAt(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${IDENTITY_PATH}`, { signal: AbortSignal.timeout(2000) })
    const body = await response.json()
    return body?.app === 'account-atlas' ? body : null
  } catch {
    return null
  }
}

async function serve(root, port, identity) {
  try {
    return await startStaticServer({ root, port, identity })
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error
    if (await identityAt(port)) return { url: `http://127.0.0.1:${port}/`, port, reused: true, close: async () => {} }
    throw new Error(
      `port ${port} on this computer is taken by another program. Close it, or start with ACCOUNT_ATLAS_PORT set to a free port ` +
        '(the browser edition keeps its data per port, so use the same one every time).',
      { cause: error }
    )
  }
}

/**
 * Builds if needed, serves, and opens the app window. Resolves once serving; `finished` settles when the
 * window is closed (or never, while serving without a window, until stop() is called).
 */
export async function startBrowserEdition({ repoRoot, env = process.env, print = console.log, openWindow = !env.ACCOUNT_ATLAS_NO_WINDOW }) {
  if (webBuildIsStale(repoRoot)) buildWeb(repoRoot, print)
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  const port = env.ACCOUNT_ATLAS_PORT !== undefined ? Number(env.ACCOUNT_ATLAS_PORT) : DEFAULT_PORT
  const server = await serve(join(repoRoot, 'dist-web'), port, { app: 'account-atlas', edition: 'browser', version })
  print(`Account Atlas (browser edition) is at ${server.url}${server.reused ? ' (already running)' : ''}`)

  let stopRequested = () => {}
  const stopped = new Promise((resolve) => (stopRequested = resolve))
  const stop = async () => {
    stopRequested()
    await server.close()
  }

  const browser = openWindow ? findBrowser({ env }) : null
  if (!openWindow) {
    print('Opening a window is switched off (ACCOUNT_ATLAS_NO_WINDOW); press Ctrl+C to stop.')
  } else if (!browser || !hasDisplay({ env })) {
    print(
      !browser
        ? `No Chromium, Chrome or Edge found: open ${server.url} in one of them (Firefox and Safari are not supported). Press Ctrl+C to stop.`
        : `No display to open a window on: open ${server.url} in Chromium or Chrome on this computer. Press Ctrl+C to stop.`
    )
  } else {
    const profileDir = join(userDataDir({ env }), 'browser-edition')
    const child = spawn(browser, appWindowArgs({ url: server.url, profileDir, isRoot: process.getuid?.() === 0 }), {
      stdio: 'ignore',
      detached: false
    })
    print(`Opened in ${browser}, with its own profile in ${profileDir}. Close the window to stop.`)
    child.on('error', (error) => print(`Could not open ${browser} (${error.message}): open ${server.url} yourself.`))
    child.on('exit', () => void stop())
    stopped.then(() => child.exitCode === null && child.kill())
  }
  return { url: server.url, reused: Boolean(server.reused), stop, finished: server.reused ? Promise.resolve() : stopped }
}


import { spawn, type ChildProcess, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page, WebSocket as PlaywrightSocket } from '@playwright/test'
import { startSyncCluster, type SyncCluster } from '../../support/syncCluster'
import { recordPolicyBreaches } from '../policyGuard'

const root = join(import.meta.dirname, '..', '..', '..')
// Fixed loopback ports: the browser edition's CSP names its team servers when it is built.
// ATLAS_SYNC_E2E_PORT moves all three, so two checkouts can run the suite side by side.
const BASE_PORT = Number(process.env.ATLAS_SYNC_E2E_PORT ?? 43290)
const PREVIEW_PORT = BASE_PORT
export const SYNC_PORTS = [BASE_PORT + 1, BASE_PORT + 2] as const
const OUT = `dist-web-sync-${BASE_PORT}`

/**
 * The team-sync e2e world: a real cluster (redis-server and two Hocuspocus processes) and the browser
 * edition built with those two servers in its connect-src, served on its own port. Stopped by stop().
 */
export async function startSyncEdition(): Promise<{ cluster: SyncCluster; appUrl: string; stop(): Promise<void> }> {
  const cluster = await startSyncCluster({ instances: 2, ports: SYNC_PORTS })
  const env = { ...process.env, ATLAS_WEB_OUT: OUT, ATLAS_SYNC_SERVERS: cluster.instances.map((i) => i.httpUrl).join(' ') }
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' })
  const preview: ChildProcess = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(PREVIEW_PORT), '--strictPort'], { cwd: root, env, stdio: 'ignore', detached: true })
  const appUrl = `http://127.0.0.1:${PREVIEW_PORT}/`
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(appUrl)).ok) break
    } catch {
      if (i > 100) throw new Error('the sync edition did not start')
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    cluster,
    appUrl,
    async stop() {
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM')
      await cluster.stop()
    }
  }
}

/** One rep's browser profile: its own context (its own IndexedDB), guarded like every e2e page, recording its WebSocket frames. */
export async function openProfile(browser: Browser, appUrl: string, allowedServers: readonly string[]) {
  const context: BrowserContext = await browser.newContext({ baseURL: appUrl, locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
  const policy = await recordPolicyBreaches(context, [new URL(appUrl).origin, ...allowedServers.flatMap((url) => [new URL(url).origin, new URL(url.replace(/^http/, 'ws')).origin])])
  const frames: Buffer[] = []
  const page: Page = await context.newPage()
  page.on('websocket', (socket: PlaywrightSocket) => {
    const keep = ({ payload }: { payload: string | Buffer }) => frames.push(Buffer.from(payload))
    socket.on('framesent', keep)
    socket.on('framereceived', keep)
  })
  return { context, page, policy, frames }
}

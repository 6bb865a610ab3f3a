import type { Session, WebContents } from 'electron'
import { isAppUrl, isSafeExternalUrl } from './appOrigin'
import { createLogger } from '#shared/log'
import { withSyncServers } from '#shared/sync/csp'

export { isAppUrl, isSafeExternalUrl } from './appOrigin'

const log = createLogger('security')

/**
 * The production Content-Security-Policy: everything from the app's own origin, nothing remote, no eval,
 * no plugins, no framing. Inline styles are allowed because React style props and the editor/graph
 * libraries set them; inline and remote scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The policy for a given run. Production (no dev server) gets CONTENT_SECURITY_POLICY unchanged.
 * Under `electron-vite dev` the dev server origin and its websocket are allowed so HMR works, plus
 * 'unsafe-inline' scripts for the React Fast Refresh preamble that Vite injects inline into index.html.
 * These relaxations exist only while ELECTRON_RENDERER_URL points at a local dev server in an unpackaged app.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY
  const dev = new URL(devServerUrl)
  const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${dev.origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${dev.origin} ${ws}`)
}

/** The policy of this run with the team server let through while sync is on (and nothing else). */
export function policyWithSyncServer(devServerUrl: string | undefined, syncServer: string | null | undefined): string {
  return withSyncServers(contentSecurityPolicy(devServerUrl), syncServer ? [syncServer] : [])
}

export interface SecurityOptions {
  /** electron-vite dev server URL; undefined in production. */
  devServerUrl?: string
  /** The team server saved by the rep, read on every response; null or undefined while sync is off. */
  syncServer?: () => string | null | undefined
  /** Opens a vetted http(s) URL in the OS browser; omit to drop such links. */
  openExternal?: (url: string) => Promise<void> | void
}

type HeaderMap = Record<string, string | string[]>

/** Drops any CSP headers (in any letter case) so ours is the only one. */
export function withContentSecurityPolicy(headers: HeaderMap | undefined, policy: string): HeaderMap {
  const result: HeaderMap = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase()
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue
    result[name] = value
  }
  result['Content-Security-Policy'] = [policy]
  return result
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>
}

/**
 * Session-wide hardening: our CSP on every response, and every permission (camera, notifications,
 * geolocation, clipboard-read, …) refused. The app needs none of them; copy/paste goes through the
 * Edit menu roles, which need no permission.
 */
export function hardenSession(session: SessionLike, options: SecurityOptions = {}): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const policy = policyWithSyncServer(options.devServerUrl, options.syncServer?.())
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', permission)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
}

type NavigationEvent = { url: string; preventDefault(): void; isMainFrame?: boolean }
type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Per-webContents guards, applied to every webContents from `app.on('web-contents-created')`:
 * - navigation (will-navigate, will-redirect, will-frame-navigate) may only stay on the app origin;
 *   a main-frame link to an http(s) site is opened in the OS browser instead, anything else is dropped;
 * - window.open / target=_blank: always denied inside the app; http(s) links go to the OS browser;
 * - <webview> attachment is always refused.
 */
export function guardWebContents(contents: WebContentsLike, options: SecurityOptions = {}): void {
  const allowed = (url: string) => isAppUrl(url, options.devServerUrl)
  const openOutside = (url: string) => {
    if (!options.openExternal || !isSafeExternalUrl(url)) return
    Promise.resolve(options.openExternal(url)).catch((error: unknown) => log.error('openExternal failed', error))
  }

  const block = (kind: string, event: NavigationEvent, openOutsideIfSafe: boolean) => {
    if (allowed(event.url)) return
    // The brief preview is an <iframe srcdoc> (no script, same document origin rules): let it load.
    if (kind === 'frame navigation' && event.isMainFrame === false && event.url === 'about:srcdoc') return
    event.preventDefault()
    log.warn(`${kind} blocked`, event.url)
    if (openOutsideIfSafe && event.isMainFrame !== false) openOutside(event.url)
  }

  contents.on('will-navigate', (event) => block('navigation', event, true))
  contents.on('will-redirect', (event) => block('redirect', event, false))
  contents.on('will-frame-navigate', (event) => block('frame navigation', event, false))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn('webview attachment blocked')
  })
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
}

// The packaged renderer is served from one fixed origin, app://atlas. IndexedDB (all user data) belongs
// to that origin, so the scheme and host must never change between releases.
export const APP_SCHEME = 'app'
export const APP_HOST = 'atlas'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/`

/**
 * Privileges for the app scheme; must be registered before the `ready` event. `codeCache` lets V8 keep
 * compiled scripts between starts (custom schemes get no code cache otherwise, so every start recompiled).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true }
} as const

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True for URLs of the app itself: app://atlas/… in production, or the electron-vite dev server origin
 * when one is given. Anything with credentials, another host or another port is not the app.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username || parsed.password) return false
  // Node's URL gives non-special schemes an opaque "null" origin, so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  const dev = parse(devServerUrl)
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false
  return parsed.origin === dev.origin
}

/** Links that may be handed to the OS browser: plain http(s) URLs without embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  return !parsed.username && !parsed.password && parsed.hostname.length > 0
}

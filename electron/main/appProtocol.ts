import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { readFile as fsReadFile } from 'node:fs/promises'
import { APP_HOST, APP_SCHEME } from './appOrigin'
import { createLogger } from '#shared/log'

const log = createLogger('appProtocol')

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app://atlas/… request to a file inside `rootDir`, or null when the URL is not for the app
 * or would escape `rootDir` (`..`, encoded `%2e%2e%2f`, backslashes, absolute or drive paths, NUL).
 * "/" maps to index.html.
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null

  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname.split('/').some((segment) => segment === '..')) return null

  const root = resolve(rootDir)
  const wanted = pathname.replace(/^\/+/, '') || 'index.html'
  const full = resolve(root, wanted)
  const rel = relative(root, full)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return full
}

export interface AppProtocolOptions {
  rootDir: string
  /** Read on every response, so a change (team sync turned on) applies from the next load. */
  contentSecurityPolicy: string | (() => string)
  readFile?: (path: string) => Promise<Uint8Array>
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

/** The `protocol.handle('app', …)` handler: serves the built renderer, read-only. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((path: string) => fsReadFile(path))
  const indexPath = resolve(options.rootDir, 'index.html')

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed')
    const filePath = resolveAppAssetPath(options.rootDir, request.url)
    if (!filePath) return textResponse(404, 'Not found')

    let servedPath = filePath
    let body: Uint8Array
    try {
      body = await readFile(filePath)
    } catch (error) {
      // Client-side routes (no file extension) fall back to the single page.
      if (extname(filePath) !== '') {
        log.warn('not found', request.url)
        return textResponse(404, 'Not found')
      }
      try {
        servedPath = indexPath
        body = await readFile(indexPath)
      } catch {
        log.error('renderer build missing', indexPath, error)
        return textResponse(404, 'Not found')
      }
    }

    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentTypeFor(servedPath),
        'content-security-policy': typeof options.contentSecurityPolicy === 'function' ? options.contentSecurityPolicy() : options.contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache'
      }
    })
  }
}

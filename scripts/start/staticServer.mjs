// Serves the built browser edition (dist-web) on a loopback port. Read-only, GET/HEAD only, no path
// outside the folder, and only to Host headers naming this loopback address (a web page elsewhere cannot
// reach it by DNS rebinding). The CSP is the one in the built index.html, sent as a header as well.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

export const IDENTITY_PATH = '/.account-atlas'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

/** The policy from `<meta http-equiv="Content-Security-Policy" content="...">` of a built index.html. */
export function cspOf(indexHtml) {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml)
  if (!match) throw new Error('the built index.html has no Content-Security-Policy meta tag')
  return match[1]
}

/** Maps a request path to a file inside root, or null when it would leave root. */
export function resolveInside(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(root, relative))
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null
}

/**
 * @param {{ root: string, host?: string, port: number, identity: object }} options
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startStaticServer({ root, host = '127.0.0.1', port, identity }) {
  const csp = cspOf(await readFile(join(root, 'index.html'), 'utf8'))
  let allowedHosts = new Set()
  const server = createServer(async (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, {
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        ...headers
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (!allowedHosts.has(request.headers.host ?? '')) return send(421, 'Misdirected request')
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed', { Allow: 'GET, HEAD' })
    const path = request.url ?? '/'
    if (path === IDENTITY_PATH) return send(200, JSON.stringify(identity), { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' })
    const file = resolveInside(root, path)
    if (!file) return send(404, 'Not found')
    try {
      if (!(await stat(file)).isFile()) return send(404, 'Not found')
      const body = await readFile(file)
      const immutable = file.includes(`${sep}assets${sep}`)
      send(200, body, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
      })
    } catch {
      send(404, 'Not found')
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(undefined))
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  allowedHosts = new Set([`${host}:${actualPort}`, `localhost:${actualPort}`])
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
  }
}

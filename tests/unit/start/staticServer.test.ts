import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '#scripts/start/staticServer.mjs'
import { describeFailure } from '#scripts/start/installElectron.mjs'

const CSP = "default-src 'self'; script-src 'self'"
let server: Awaited<ReturnType<typeof startStaticServer>>

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-web-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="${CSP}" /><div id="root"></div>`)
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, '..', 'secret.txt'), 'not for the browser')
  server = await startStaticServer({ root, port: 0, identity: { app: 'account-atlas' } })
})
afterAll(() => server.close())

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(path: string, host = `127.0.0.1:${server.port}`, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { host } }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('browser edition server', () => {
  it('serves the app with its Content-Security-Policy as a header', async () => {
    const page = await get('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    expect(page.headers['content-security-policy']).toBe(CSP)
    const script = await get('/assets/index-abc.js')
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
    expect(script.headers['cache-control']).toContain('immutable')
  })

  it('never serves a file outside the built folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.body).not.toContain('not for the browser')
    }
  })

  it('answers only requests addressed to its loopback host, and only reads', async () => {
    expect((await get('/', 'attacker.example:80')).status).toBe(421)
    expect((await get('/', `localhost:${server.port}`)).status).toBe(200)
    expect((await get('/', undefined, 'POST')).status).toBe(405)
  })

  it('tells a second npm start that Account Atlas already runs here', async () => {
    expect(JSON.parse((await get('/.account-atlas')).body)).toEqual({ app: 'account-atlas' })
  })
})

describe("Electron installer's failure, in one line", () => {
  it('names the network cause the installer itself hides', () => {
    const report = `${JSON.stringify({ message: 'TypeError: fetch failed', cause: 'getaddrinfo ENOTFOUND github.com' })}\n`
    expect(describeFailure(report)).toBe('fetch failed: getaddrinfo ENOTFOUND github.com')
    expect(describeFailure('')).toBe('')
  })
})

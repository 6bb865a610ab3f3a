import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentTypeFor, createAppProtocolHandler, resolveAppAssetPath } from './appProtocol'

const root = '/srv/atlas/out/renderer'

describe('resolveAppAssetPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppAssetPath(root, 'app://atlas/')).toBe(resolve(root, 'index.html'))
    expect(resolveAppAssetPath(root, 'app://atlas/index.html')).toBe(resolve(root, 'index.html'))
    expect(resolveAppAssetPath(root, 'app://atlas/assets/index-abc.js?v=1#x')).toBe(resolve(root, 'assets/index-abc.js'))
    expect(resolveAppAssetPath(root, 'app://atlas/fonts/Noto%20Sans.woff2')).toBe(resolve(root, 'fonts/Noto Sans.woff2'))
    expect(resolveAppAssetPath(root, 'app://atlas/..foo/bar.js')).toBe(resolve(root, '..foo/bar.js'))
  })

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://atlas/../../etc/passwd',
      'app://atlas/%2e%2e/%2e%2e/etc/passwd',
      'app://atlas/..%2f..%2f..%2fetc%2fpasswd',
      'app://atlas/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://atlas/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://atlas/..%5c..%5cwindows%5cwin.ini',
      'app://atlas/assets%5c..%5c..%5csecret',
      'app://atlas/%2fetc%2fpasswd/..%2f..',
      'app://atlas/index.html%00.js',
      'app://atlas/%E0%A4%A',
      'app://atlas/..'
    ]) {
      const resolved = resolveAppAssetPath(root, url)
      expect(resolved === null || resolved.startsWith(`${resolve(root)}${sep}`), `${url} -> ${resolved}`).toBe(true)
    }
    expect(resolveAppAssetPath(root, 'app://atlas/..%2f..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppAssetPath(root, 'app://atlas/..%5c..%5cwindows%5cwin.ini')).toBeNull()
    expect(resolveAppAssetPath(root, 'app://atlas/index.html%00.js')).toBeNull()
    expect(resolveAppAssetPath(root, 'app://atlas/%E0%A4%A')).toBeNull()
  })

  it('refuses other origins', () => {
    expect(resolveAppAssetPath(root, 'app://other/index.html')).toBeNull()
    expect(resolveAppAssetPath(root, 'app://x@atlas/index.html')).toBeNull()
    expect(resolveAppAssetPath(root, 'file:///srv/atlas/out/renderer/index.html')).toBeNull()
    expect(resolveAppAssetPath(root, 'garbage')).toBeNull()
  })
})

describe('createAppProtocolHandler', () => {
  let dir: string
  let outside: string
  const csp = "default-src 'self'"

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'atlas-protocol-'))
    dir = join(base, 'renderer')
    outside = join(base, 'secret.txt')
    mkdirSync(join(dir, 'assets'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Account Atlas</title>')
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(outside, 'top secret')
  })
  afterAll(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }))

  const get = (url: string, method = 'GET') => createAppProtocolHandler({ rootDir: dir, contentSecurityPolicy: csp })(new Request(url, { method }))

  it('serves files with a content type and the CSP', async () => {
    const page = await get('app://atlas/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(csp)
    expect(await page.text()).toContain('Account Atlas')

    const script = await get('app://atlas/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
  })

  it('falls back to index.html for client routes but 404s missing assets', async () => {
    const route = await get('app://atlas/accounts/42')
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('Account Atlas')
    expect((await get('app://atlas/assets/missing.js')).status).toBe(404)
  })

  it('never serves a file outside the root', async () => {
    const response = await get('app://atlas/..%2fsecret.txt')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('top secret')
  })

  it('is read-only', async () => {
    expect((await get('app://atlas/index.html', 'POST')).status).toBe(405)
  })
})

describe('contentTypeFor', () => {
  it('knows the renderer asset types', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('a.WOFF2')).toBe('font/woff2')
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})

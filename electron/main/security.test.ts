import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, guardWebContents, hardenSession, withContentSecurityPolicy } from './security'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    })
  )
}

describe('Content-Security-Policy', () => {
  it('is the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
  })

  it('allows no remote origin, no eval and no inline script in production', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toBe(CONTENT_SECURITY_POLICY)
    expect(policy).not.toMatch(/https?:|wss?:|\*/)
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('wasm-unsafe-eval')
    const d = directives(policy)
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
  })

  it('opens only the local dev server (and its HMR socket) in development', () => {
    const policy = contentSecurityPolicy('http://localhost:5173/')
    const d = directives(policy)
    expect(d.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
    expect(d.get('script-src')).toContain('http://localhost:5173')
    expect(policy).not.toContain('unsafe-eval')
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(policy.match(/https?:\/\/[^\s;]+|wss?:\/\/[^\s;]+/g)?.every((o) => o.endsWith('//localhost:5173'))).toBe(true)
  })

  it('replaces any CSP header from the server', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Security-Policy-Report-Only': ['x'], 'Content-Type': ['text/html'] },
      'P'
    )
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['P'] })
  })
})

function fakeSession() {
  const s = {
    headersListener: undefined as undefined | ((details: unknown, cb: (r: unknown) => void) => void),
    requestHandler: undefined as undefined | ((...args: unknown[]) => void),
    checkHandler: undefined as undefined | ((...args: unknown[]) => boolean),
    webRequest: {
      onHeadersReceived(listener: never) {
        s.headersListener = listener
      }
    },
    setPermissionRequestHandler(handler: never) {
      s.requestHandler = handler
    },
    setPermissionCheckHandler(handler: never) {
      s.checkHandler = handler
    }
  }
  return s
}

describe('hardenSession', () => {
  it('adds the CSP to responses and denies every permission', () => {
    const s = fakeSession()
    hardenSession(s as unknown as Session)

    const callback = vi.fn()
    s.headersListener!({ url: 'app://atlas/', responseHeaders: { 'content-security-policy': ['default-src *'] } }, callback)
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const granted = vi.fn()
      s.requestHandler!({}, permission, granted, {})
      expect(granted, permission).toHaveBeenCalledWith(false)
      expect(s.checkHandler!(null, permission, 'app://atlas', {}), permission).toBe(false)
    }
  })

  it('lets exactly the saved team server through connect-src, only while sync is on, read on every response', () => {
    const s = fakeSession()
    let server: string | null = null
    hardenSession(s as unknown as Session, { syncServer: () => server })
    const policyNow = () => {
      const callback = vi.fn()
      s.headersListener!({ url: 'app://atlas/', responseHeaders: {} }, callback)
      return directives((callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders['Content-Security-Policy']![0]!)
    }
    expect(policyNow().get('connect-src')).toEqual(["'self'"])
    server = 'https://sync.example.cn:8443'
    expect(policyNow().get('connect-src')).toEqual(["'self'", 'https://sync.example.cn:8443', 'wss://sync.example.cn:8443'])
    expect(policyNow().get('script-src')).toEqual(["'self'"])
    server = null
    expect(policyNow().get('connect-src')).toEqual(["'self'"])
  })
})

class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true) {
    const details = { url, isMainFrame, preventDefault: vi.fn() }
    this.emit(event, details, url)
    return details.preventDefault.mock.calls.length > 0
  }
}

function guarded(devServerUrl?: string) {
  const contents = new FakeWebContents()
  const openExternal = vi.fn()
  guardWebContents(contents as unknown as WebContents, { devServerUrl, openExternal })
  return { contents, openExternal }
}

describe('guardWebContents', () => {
  it('lets navigation stay inside the app', () => {
    const { contents } = guarded()
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      expect(contents.navigate(event, 'app://atlas/accounts/1'), event).toBe(false)
    }
  })

  it('lets only a subframe load about:srcdoc (the brief preview), never the main frame', () => {
    const { contents } = guarded()
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(false)
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', true)).toBe(true)
    expect(contents.navigate('will-navigate', 'about:srcdoc')).toBe(true)
    expect(contents.navigate('will-frame-navigate', 'about:blank', false)).toBe(true)
  })

  it('blocks navigation, redirects and frame navigation away from the app origin', () => {
    const { contents, openExternal } = guarded()
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/', 'http://localhost:5173/', 'javascript:alert(1)']) {
        expect(contents.navigate(event, url), `${event} ${url}`).toBe(true)
      }
    }
    // Only main-frame will-navigate to a web page goes to the OS browser, once per link.
    expect(openExternal.mock.calls).toEqual([['https://evil.example/'], ['http://localhost:5173/']])
    openExternal.mockClear()
    expect(contents.navigate('will-navigate', 'https://ads.example/', false)).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('trusts the dev server only when one is configured', () => {
    expect(guarded('http://localhost:5173').contents.navigate('will-navigate', 'http://localhost:5173/#/x')).toBe(false)
    expect(guarded('http://localhost:5173').contents.navigate('will-navigate', 'http://localhost:9999/')).toBe(true)
  })

  it('denies every new window and hands only http(s) links to the OS browser', () => {
    const { contents, openExternal } = guarded()
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'app://atlas/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'smb://host/share' })).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://example.com/']])
  })

  it('refuses to attach <webview>', () => {
    const { contents } = guarded()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

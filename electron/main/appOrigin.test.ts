import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isAppUrl, isSafeExternalUrl } from './appOrigin'

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://atlas/index.html')).toBe(true)
    expect(isAppUrl('app://atlas/accounts/42?tab=visits#notes')).toBe(true)
  })

  it('refuses other hosts, schemes, ports and credentials', () => {
    for (const url of [
      'app://evil/index.html',
      'app://atlas.evil.com/',
      'app://atlas:8080/',
      'app://atlas@evil/',
      'app://user:pw@atlas/',
      'https://atlas/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      ''
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })

  it('accepts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isAppUrl('file:///x', 'file:///')).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it('allows plain http(s) links only', () => {
    expect(isSafeExternalUrl('https://example.com/about')).toBe(true)
    expect(isSafeExternalUrl('http://example.com')).toBe(true)
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false)
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isSafeExternalUrl('smb://server/share')).toBe(false)
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isSafeExternalUrl('app://atlas/')).toBe(false)
    expect(isSafeExternalUrl('nonsense')).toBe(false)
  })
})

describe('app scheme privileges', () => {
  it('is a standard, secure scheme with fetch, streaming and a V8 code cache between starts', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true }
    })
  })
})

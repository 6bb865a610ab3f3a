import { describe, expect, it } from 'vitest'
import { syncConnectSources, withSyncServers } from './csp'

const POLICY = "default-src 'self'; connect-src 'self'; object-src 'none'"

describe('the CSP for team sync', () => {
  it('allows exactly the configured server, its API and its WebSocket, and nothing else', () => {
    expect(withSyncServers(POLICY, ['https://sync.example.cn:8443/path'])).toBe("default-src 'self'; connect-src 'self' https://sync.example.cn:8443 wss://sync.example.cn:8443; object-src 'none'")
    expect(syncConnectSources('http://127.0.0.1:43101')).toEqual(['http://127.0.0.1:43101', 'ws://127.0.0.1:43101'])
    expect(syncConnectSources('HTTPS://Sync.Example.CN:443/')).toEqual(['https://sync.example.cn', 'wss://sync.example.cn'])
  })

  it('leaves the policy as it is with sync off or an address that is not http(s)', () => {
    expect(withSyncServers(POLICY, [])).toBe(POLICY)
    expect(withSyncServers(POLICY, ['javascript:alert(1)', 'not a url', "http://x'; script-src *"])).not.toContain('script-src *')
    expect(withSyncServers(POLICY, ['file:///etc/passwd', "http://x'; script-src *", 'http://a b'])).toBe(POLICY)
  })
})

import { describe, expect, it } from 'vitest'
import { TeamConfig } from './syncRows'

const TOKEN = `atl_${'a1B2-c3_D4'.repeat(4)}xyz`
const accepts = (serverUrl: string) => TeamConfig.safeParse({ serverUrl, token: TOKEN, enabled: true }).success

describe('the team server address', () => {
  it('is https anywhere, or plain http only on this computer, so the token never crosses a network in the clear', () => {
    for (const address of ['https://atlas.example.cn', 'https://10.0.0.5:8443/', 'http://127.0.0.1:43291', 'http://localhost:1234', 'http://[::1]:1234']) expect(accepts(address), address).toBe(true)
    for (const address of ['http://atlas.example.cn', 'http://192.168.1.20:1234', 'ws://127.0.0.1:1234', 'atlas.example.cn', 'javascript:alert(1)']) expect(accepts(address), address).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { detectEncoding, isUtf8 } from './encoding'

const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 255
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8
  }
  return bytes
}
// 王建国,采购部长 as Chinese Excel saves it (GBK).
const GBK = Uint8Array.from([0xcd, 0xf5, 0xbd, 0xa8, 0xb9, 0xfa, 0x2c, 0xb2, 0xc9, 0xb9, 0xba, 0xb2, 0xbf, 0xb3, 0xa4])

describe('detectEncoding', () => {
  it('reads a byte-order mark first', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bom: 3 })
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bom: 2 })
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bom: 2 })
  })

  it('tells UTF-8 from GBK, and UTF-16 without a mark by its NUL bytes', () => {
    expect(detectEncoding(new TextEncoder().encode('王建国,采购部长')).encoding).toBe('utf-8')
    expect(detectEncoding(GBK).encoding).toBe('gb18030')
    expect(new TextDecoder('gb18030').decode(GBK)).toBe('王建国,采购部长')
    expect(detectEncoding(utf16le('Name,Title\r\nSarah Lin,Buyer')).encoding).toBe('utf-16le')
  })

  it('refuses overlong and truncated UTF-8', () => {
    expect(isUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(false)
    expect(isUtf8(Uint8Array.from([0xe7, 0x8e]))).toBe(false)
    expect(isUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(false)
    expect(isUtf8(new TextEncoder().encode('ascii only, and 中文'))).toBe(true)
  })
})

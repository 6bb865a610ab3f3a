import { describe, expect, it } from 'vitest'
import { decodeQuotedPrintable, quotedPrintableBytes, UnknownCharsetError } from './quotedPrintable'
import { splitCards } from './vcardCards'

const decode = (bytes: Uint8Array, charset: string) => new TextDecoder(charset.toLowerCase() === 'gbk' ? 'gb18030' : charset).decode(bytes)

describe('QUOTED-PRINTABLE values', () => {
  it('reads =XX as bytes in the card’s charset, GBK included, and guesses GB18030 where a Chinese phone left the charset out', () => {
    expect(Array.from(quotedPrintableBytes('a=3Db='))).toEqual([0x61, 0x3d, 0x62])
    expect(decodeQuotedPrintable('=E7=8E=8B=E5=BB=BA=E5=9B=BD', 'UTF-8', decode)).toBe('王建国')
    expect(decodeQuotedPrintable('=CD=F5=BD=A8=B9=FA', 'GBK', decode)).toBe('王建国')
    expect(decodeQuotedPrintable('=CD=F5=BD=A8=B9=FA', undefined, decode)).toBe('王建国')
  })

  it('names a charset it cannot read instead of guessing', () => {
    expect(() => decodeQuotedPrintable('=E7', 'X-KLINGON', decode)).toThrow(UnknownCharsetError)
  })

  it('joins soft line breaks (a value ending in =) before either parser sees the card', () => {
    const [card] = splitCards('BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0A=\r\ntwo=\r\n three\r\nTEL;CELL:1=\r\nEND:VCARD\r\n')
    expect(card!.lines).toEqual(['BEGIN:VCARD', 'VERSION:2.1', 'NOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0Atwo three', 'TEL;CELL:1=', 'END:VCARD'])
    expect(card!.damaged).toBe(false)
  })
})

import { isUtf8 } from '../encoding'
import type { DecodeText } from '../parsedContact'

/** A charset a card names that the decoder does not know: that card is skipped, not the file. */
export class UnknownCharsetError extends Error {
  constructor(readonly charset: string) {
    super(`Unknown charset ${charset}`)
    this.name = 'UnknownCharsetError'
  }
}

function utf8Bytes(codePoint: number, out: number[]) {
  if (codePoint < 0x80) out.push(codePoint)
  else if (codePoint < 0x800) out.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 63))
  else if (codePoint < 0x10000) out.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63))
  else out.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 63), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63))
}

/** The bytes a QUOTED-PRINTABLE value stands for: `=E7` is one byte, `=` before the end a soft break, anything else itself. */
export function quotedPrintableBytes(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '=') {
      const hex = text.slice(i + 1, i + 3)
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16))
        i += 2
        continue
      }
      if (i === text.length - 1) continue
    }
    const codePoint = text.codePointAt(i)!
    if (codePoint > 0xffff) i++
    utf8Bytes(codePoint, out)
  }
  return Uint8Array.from(out)
}

/**
 * A QUOTED-PRINTABLE value as text, in the card's CHARSET; without one, UTF-8 when the bytes are
 * UTF-8, else GB18030 (Chinese phones that leave the charset out write GBK).
 */
export function decodeQuotedPrintable(text: string, charset: string | undefined, decode: DecodeText): string {
  const bytes = quotedPrintableBytes(text)
  const name = charset?.trim() || (isUtf8(bytes) ? 'utf-8' : 'gb18030')
  try {
    return decode(bytes, name)
  } catch {
    throw new UnknownCharsetError(name)
  }
}

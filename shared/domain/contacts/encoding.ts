/** The text encodings contact files arrive in: phones and CRMs write UTF-8, Chinese Excel GB18030 (GBK), "Unicode text" UTF-16. */
export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** Whether the bytes are well-formed UTF-8 (no overlongs, surrogates or truncated sequences). */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return false
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false
    const second = bytes[i + 1] ?? 0
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return false
    i += length
  }
  return true
}

/**
 * How the bytes are encoded, and how many bytes of byte-order mark to skip: a BOM decides; otherwise
 * UTF-8 if they are valid UTF-8 (plain ASCII included), else GB18030, which Chinese Excel and older
 * phones write (it is a superset of GBK and GB2312). UTF-16 without a BOM shows as NUL bytes every other byte.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingLabel; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 }
  const sample = bytes.subarray(0, 4096)
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) evenNuls++
    else oddNuls++
  }
  if (oddNuls > sample.length / 4) return { encoding: 'utf-16le', bom: 0 }
  if (evenNuls > sample.length / 4) return { encoding: 'utf-16be', bom: 0 }
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'gb18030', bom: 0 }
}

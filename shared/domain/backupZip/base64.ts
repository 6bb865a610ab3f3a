// Photos travel as data URLs in the database and as bytes in a backup zip. Shared code runs in every
// process and may not assume atob/btoa or Buffer, so the conversion lives here.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

/** The bytes of a base64 text (standard alphabet, padded), or null when it is not one. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  let out = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j)
      const value = code === 61 && i + j >= text.length - padding ? 0 : code < 128 ? VALUES[code]! : -1
      if (value < 0) return null
      n = (n << 6) | value
    }
    if (out < bytes.length) bytes[out++] = (n >> 16) & 255
    if (out < bytes.length) bytes[out++] = (n >> 8) & 255
    if (out < bytes.length) bytes[out++] = n & 255
  }
  return bytes
}

/** The bytes a base64 data URL holds (a photo as the database stores it), or null when it holds none. */
export function dataUrlBytes(dataUrl: string): Uint8Array | null {
  return base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1))
}

/** Standard, padded base64 of the bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  let line = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    line += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=')
    // Joined in pieces: one string grown by += over megabytes is slow in some engines.
    if (line.length >= 65_536) {
      parts.push(line)
      line = ''
    }
  }
  parts.push(line)
  return parts.join('')
}

/** One array of the parts' bytes, in order. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

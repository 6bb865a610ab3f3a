import type { ATTACHMENT_TYPES } from '#shared/schemas/v2entities'

type ImageType = (typeof ATTACHMENT_TYPES)[number]
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0

/**
 * Whether the bytes are a whole image of the type: the format's signature at the start and its
 * ending where the format puts one (a PNG's IHDR first and IEND last, a JPEG's end marker, a GIF's
 * trailer, a WebP's RIFF length). A renamed text, a truncated download or a label that lies fails.
 * Where the engine can decode images (the backup worker), the photo is decoded as well.
 */
export function imageBytesAre(type: string, b: Uint8Array): boolean {
  switch (type as ImageType) {
    case 'image/png':
      return (
        b.length >= 45 &&
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x) &&
        u32be(b, 8) === 13 &&
        ascii(b, 12, 16) === 'IHDR' &&
        u32be(b, b.length - 12) === 0 &&
        ascii(b, b.length - 8, b.length - 4) === 'IEND'
      )
    case 'image/jpeg':
      return b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff && b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9
    case 'image/gif':
      return b.length >= 14 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') && b[b.length - 1] === 0x3b
    case 'image/webp':
      return b.length >= 20 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' && u32le(b, 4) + 8 === b.length
    default:
      return false
  }
}

/** The file name extension a photo's bytes are stored under in a backup zip. */
export const IMAGE_EXTENSIONS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' }

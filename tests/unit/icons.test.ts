import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

// The icon files scripts/make-icons.mjs renders from resources/icon.svg (committed; packaging uses them as
// they are). Checked by reading the bytes: PNG chunks, the ICO directory and the ICNS element list.
const resources = join(import.meta.dirname, '..', '..', 'resources')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface PngInfo {
  width: number
  height: number
  bitDepth: number
  colorType: number
  /** Alpha of the top-left pixel (8-bit RGBA): whatever a row's filter, the first byte of row 0 is its own value. */
  cornerAlpha: number
}

/** Reads a PNG's IHDR after checking the signature, that IHDR comes first and every chunk's CRC. */
function readPng(data: Buffer, what: string): PngInfo {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), `${what}: PNG signature`).toBe(true)
  const types: string[] = []
  const idat: Buffer[] = []
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at)
    const type = data.toString('ascii', at + 4, at + 8)
    const crc = data.readUInt32BE(at + 8 + length)
    expect(crc, `${what}: CRC of ${type}`).toBe(crc32(data.subarray(at + 4, at + 8 + length)))
    types.push(type)
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  expect(types[0], `${what}: first chunk`).toBe('IHDR')
  expect(types.at(-1), `${what}: last chunk`).toBe('IEND')
  const pixels = inflateSync(Buffer.concat(idat))
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bitDepth: data[24]!, colorType: data[25]!, cornerAlpha: pixels[4]! }
}

describe('icons', () => {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

  it.each(sizes)('resources/icons/%ix… is a valid RGBA PNG of its size with a transparent corner', (size) => {
    const file = join(resources, 'icons', `${size}x${size}.png`)
    expect(existsSync(file), `${file} is missing: run node scripts/make-icons.mjs`).toBe(true)
    const data = readFileSync(file)
    // 8-bit RGBA (colour type 6), and the rounded tile's corner is see-through rather than a filled square.
    expect(readPng(data, file)).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6, cornerAlpha: 0 })
  })

  it('resources/icon.png is the 1024 × 1024 rendering', () => {
    const data = readFileSync(join(resources, 'icon.png'))
    expect(readPng(data, 'icon.png')).toMatchObject({ width: 1024, height: 1024 })
    expect(data.equals(readFileSync(join(resources, 'icons', '1024x1024.png')))).toBe(true)
  })

  it('resources/icon.ico lists PNG images 16 … 256, each where its directory entry says', () => {
    const data = readFileSync(join(resources, 'icon.ico'))
    expect([data.readUInt16LE(0), data.readUInt16LE(2)], 'reserved, type 1 = icon').toEqual([0, 1])
    const count = data.readUInt16LE(4)
    let expectedOffset = 6 + 16 * count
    const listed = Array.from({ length: count }, (_, i) => {
      const entry = data.subarray(6 + 16 * i, 6 + 16 * (i + 1))
      const size = entry[0] || 256
      expect(entry[1] || 256, 'height').toBe(size)
      expect([entry.readUInt16LE(4), entry.readUInt16LE(6)], 'planes, bits per pixel').toEqual([1, 32])
      const length = entry.readUInt32LE(8)
      const offset = entry.readUInt32LE(12)
      expect(offset, 'images follow one another without gaps or overlap').toBe(expectedOffset)
      expectedOffset += length
      expect(readPng(data.subarray(offset, offset + length), `ico ${size}`)).toMatchObject({ width: size, height: size })
      return size
    })
    expect(listed).toEqual([16, 24, 32, 48, 64, 128, 256])
    expect(expectedOffset, 'file ends after the last image').toBe(data.length)
  })

  it('resources/icon.icns holds PNG elements for every size macOS asks for, 16 … 1024', () => {
    const data = readFileSync(join(resources, 'icon.icns'))
    expect(data.toString('ascii', 0, 4)).toBe('icns')
    expect(data.readUInt32BE(4), 'length in the header').toBe(data.length)
    const elements: Array<[string, number]> = []
    for (let at = 8; at < data.length; ) {
      const type = data.toString('ascii', at, at + 4)
      const length = data.readUInt32BE(at + 4)
      expect(length).toBeGreaterThan(8)
      const png = readPng(data.subarray(at + 8, at + length), `icns ${type}`)
      expect(png.height).toBe(png.width)
      elements.push([type, png.width])
      at += length
    }
    // Apple's PNG element types: icp4/icp5/icp6 16/32/64, ic07–ic10 128–1024, ic11–ic14 the @2x sizes.
    expect(Object.fromEntries(elements)).toEqual({
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
      ic14: 512,
      ic10: 1024
    })
    expect(elements).toHaveLength(11)
  })
})

// Renders resources/icon.svg into every icon file the packaged app needs, with the system Chromium:
//   resources/icons/<n>x<n>.png   Linux (electron-builder's linux.icon folder layout), n = 16 … 1024
//   resources/icon.png            1024 × 1024
//   resources/icon.ico            Windows: PNG-compressed entries 16 … 256
//   resources/icon.icns           macOS: PNG entries 16 … 1024 (including the @2x variants)
// Run it after changing icon.svg and commit the output: `node scripts/make-icons.mjs`.
// electron-builder uses these files as they are, so packaging needs no image tool of its own.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const root = join(import.meta.dirname, '..')
const resources = join(root, 'resources')

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS element types that hold PNG data, with their pixel size (Apple's icns format). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024] // 512@2x
]

/**
 * An ICO file whose images are PNG streams (Windows Vista and later): a 6-byte header, one 16-byte directory
 * entry per image (a width or height of 256 is written as 0), then the PNG data.
 * @param {Map<number, Buffer>} pngs size → PNG
 * @param {number[]} sizes
 */
export function icoFile(pngs, sizes) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(sizes.length, 4)
  let offset = header.length + 16 * sizes.length
  const entries = sizes.map((size) => {
    const data = pngOf(pngs, size)
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...sizes.map((size) => pngOf(pngs, size))])
}

/**
 * An ICNS file: 'icns' and the total length (big-endian), then one element per type: its four-character
 * code, its length including this 8-byte element header, and the PNG.
 * @param {Map<number, Buffer>} pngs size → PNG
 * @param {Array<[string, number]>} types
 */
export function icnsFile(pngs, types) {
  const elements = types.map(([type, size]) => {
    const data = pngOf(pngs, size)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(data.length + 8, 4)
    return Buffer.concat([head, data])
  })
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'ascii')
  header.writeUInt32BE(8 + elements.reduce((sum, e) => sum + e.length, 0), 4)
  return Buffer.concat([header, ...elements])
}

function pngOf(pngs, size) {
  const png = pngs.get(size)
  if (!png) throw new Error(`no ${size}×${size} rendering`)
  return png
}

/** Renders the SVG at each size with a transparent background, straight from the vector each time. */
async function render(svg, sizes) {
  // Same flags as tests/chromium.ts (a headless Chromium on a locked-down machine: root, no GPU, offline).
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p))
  const browser = await chromium.launch({ executablePath, args })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    const pngs = new Map()
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`
      )
      await page.locator('img').evaluate((img) => img.decode())
      pngs.set(size, await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }))
    }
    return pngs
  } finally {
    await browser.close()
  }
}

async function main() {
  const started = Date.now()
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')
  const pngs = await render(svg, PNG_SIZES)
  mkdirSync(join(resources, 'icons'), { recursive: true })
  for (const size of PNG_SIZES) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), pngs.get(size))
  writeFileSync(join(resources, 'icon.png'), pngs.get(1024))
  writeFileSync(join(resources, 'icon.ico'), icoFile(pngs, ICO_SIZES))
  writeFileSync(join(resources, 'icon.icns'), icnsFile(pngs, ICNS_TYPES))
  console.log(`[icons] ${PNG_SIZES.length} PNGs, icon.png, icon.ico (${ICO_SIZES.join(', ')}), icon.icns (${ICNS_TYPES.length} entries) in ${Date.now() - started} ms`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main()

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { Configuration } from 'electron-builder'
// electron-builder's own schema check and file matcher (app-builder-lib is the package electron-builder runs).
import { FileMatcher } from 'app-builder-lib/out/fileMatcher'
import { convertIcon, type IconFormat } from 'app-builder-lib/out/util/iconConverter'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

// The packaging configuration `npm run dist` uses, read from electron-builder.yml with the YAML parser
// electron-builder itself loads it with (js-yaml, a dependency of app-builder-lib). Nothing is packaged here:
// packaging needs the Electron binary, which this machine cannot download.
const root = join(import.meta.dirname, '..', '..')
const requireHere = createRequire(import.meta.url)
const requireFromBuilder = createRequire(requireHere.resolve('app-builder-lib/package.json'))
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown }
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>

const targetsOf = (platform: { target?: unknown } | null | undefined) =>
  ((platform?.target ?? []) as Array<string | { target: string }>).map((t) => (typeof t === 'string' ? t : t.target))

/** Every file in the work tree (without node_modules and .git), as electron-builder would see it. */
function repoFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === '.git') return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? repoFiles(path) : [relative(root, path).split(sep).join('/')]
  })
}

describe('electron-builder configuration', () => {
  it('is the only configuration and passes electron-builder’s own schema', async () => {
    expect(packageJson.build, 'a "build" key in package.json would compete with electron-builder.yml').toBeUndefined()
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined()
  }, 30_000) // loading electron-builder takes seconds on a busy machine

  it('flips every hardening fuse at packaging time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packs the app into an asar whose integrity hash gets embedded (the integrity fuse needs it)', () => {
    expect(config.asar).toBe(true)
    expect(config.disableAsarIntegrity ?? false).toBe(false)
    expect(config.asarUnpack ?? []).toEqual([])
  })

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb'])
    expect(targetsOf(config.win)).toEqual(['nsis'])
    expect(targetsOf(config.mac)).toEqual(['dmg'])
  })

  it('ships only the built output and package.json', () => {
    expect(config.files).toEqual(['out/**', '!out/server/**', '!**/*.map', 'package.json'])
    const ships = new FileMatcher(root, '/app', (s: string) => s, config.files as string[]).createFilter()
    const file = { isDirectory: () => false } as Parameters<typeof ships>[1]
    const shipped = (path: string) => ships(join(root, path), file)

    // What the app needs at run time (whether or not `npm run build` has run yet).
    const main = String(packageJson.main)
    expect(main).toMatch(/^out\//)
    for (const path of [main, 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json'])
      expect(shipped(path), path).toBe(true)
    for (const path of ['out/main/index.js.map', 'out/renderer/assets/index-abc.js.map', 'dist-web/index.html', 'out/server/main.js'])
      expect(shipped(path), path).toBe(false)

    // And nothing else from the work tree: no sources, tests, fixtures, docs, scripts or configs.
    const extra = repoFiles().filter((path) => shipped(path) && path !== 'package.json' && !path.startsWith('out/'))
    expect(extra).toEqual([])
  })

  it('puts in the package only the npm packages the main process loads (the renderer is bundled)', () => {
    const sources = ['electron', 'shared'].flatMap((dir) => repoFiles(join(root, dir))).filter((path) => /\.ts$/.test(path) && !/\.test\.ts$/.test(path))
    const loaded = new Set(
      sources.flatMap((path) =>
        [...readFileSync(join(root, path), 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*from\s*'([^'.][^']*)'/gm)]
          .map((m) => m[1]!.split('/')[0]!)
          .filter((name) => name !== 'electron' && !name.startsWith('node:') && !name.startsWith('#'))
      )
    )
    expect(Object.keys(packageJson.dependencies as object).sort()).toEqual([...loaded].sort())
  })

  it('points every platform at the committed icons, which electron-builder takes as they are', async () => {
    expect([config.linux?.icon, config.win?.icon, config.mac?.icon]).toEqual(['resources/icons', 'resources/icon.ico', 'resources/icon.icns'])
    // electron-builder's own icon resolution (the step before packaging). A file it has to convert would come
    // back from outDir, converted by an image tool electron-builder fetches; ours come back unchanged.
    const outDir = mkdtempSync(join(tmpdir(), 'atlas-icons-'))
    const resolve = (source: string | null | undefined, format: IconFormat) =>
      convertIcon({ sources: [String(source)], fallbackSources: [], roots: [join(root, 'resources'), root], format, outDir })
    try {
      const linux = await resolve(config.linux?.icon, 'set')
      expect(linux.icons.map((icon) => [relative(root, icon.file).split(sep).join('/'), icon.size])).toEqual(
        [16, 24, 32, 48, 64, 128, 256, 512, 1024].map((size) => [`resources/icons/${size}x${size}.png`, size])
      )
      const win = await resolve(config.win?.icon, 'ico')
      expect(win.icons).toEqual([{ file: join(root, 'resources/icon.ico'), size: 256 }])
      const mac = await resolve(config.mac?.icon, 'icns')
      expect(mac.icons.map((icon) => icon.file)).toEqual([join(root, 'resources/icon.icns')])
      expect([linux.isFallback, win.isFallback, mac.isFallback]).toEqual([false, false, false])
      expect(readdirSync(outDir), 'nothing was converted').toEqual([])
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  })
})

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstLoad } from '../firstLoad'

// The first screen must not wait for the dossier editor or the stakeholder map: the entry chunk of the
// built renderer, and every chunk it imports statically, hold neither Lexical nor Cytoscape. Those load
// on demand (features/accounts/accountTabs.ts, graph/index.ts). Reads the Electron renderer build that
// `npm test` makes before the unit tests (`electron-vite build` → out/renderer).
const outDir = join(import.meta.dirname, '..', '..', 'out', 'renderer')
const indexHtml = join(outDir, 'index.html')

/** Strings that only the libraries' own code contains (they survive minification). */
const MARKERS = {
  lexical: ['__lexicalEditor', 'https://lexical.dev/docs/error', 'registerNodeTransform'],
  cytoscape: ['__________cytoscape_stylesheet', 'cytoscape.use()'],
  'cytoscape-fcose': ['cytoscapeFcose'],
  'cytoscape-dagre': ['network-simplex']
} as const

const built = existsSync(indexHtml)
if (!built) console.log(`firstChunk.test: skipped, ${relative(process.cwd(), indexHtml)} is missing (run \`npm run build\` first)`)

/** The entry script, its modulepreload links and everything they import statically. */
const firstLoadFiles = () => [...firstLoad(outDir).files]

function allChunks(): string[] {
  const assets = join(outDir, 'assets')
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name))
}

const holding = (files: string[], marker: string) => files.filter((file) => readFileSync(file, 'utf8').includes(marker))

describe.skipIf(!built)('first chunk of the renderer build', () => {
  it('finds the entry script and its static imports', () => {
    const files = firstLoadFiles()
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(existsSync(file), relative(outDir, file)).toBe(true)
  })

  it('the markers are real: each is in a lazily loaded chunk, so this test can fail', () => {
    const first = new Set(firstLoadFiles())
    const lazy = allChunks().filter((file) => !first.has(file))
    for (const marker of Object.values(MARKERS).flat()) expect(holding(lazy, marker).length, `"${marker}" is in no lazy chunk`).toBeGreaterThan(0)
  })

  it('holds neither Lexical nor Cytoscape (nor its layouts)', () => {
    const files = firstLoadFiles()
    const offenders = Object.entries(MARKERS).flatMap(([library, markers]) =>
      markers.flatMap((marker) => holding(files, marker).map((file) => `${library} ("${marker}") in ${relative(outDir, file)}`))
    )
    expect(offenders).toEqual([])
  })
})

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

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

/** Static imports of a minified ES module: `import…from"x"`, `import"x"`, `export…from"x"` — not `import("x")`. */
function staticImports(code: string): string[] {
  const found = new Set<string>()
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)) found.add(m[1]!)
  return [...found]
}

/** The entry scripts and modulepreload links of index.html, then everything they import statically. */
function firstLoad(): string[] {
  const html = readFileSync(indexHtml, 'utf8')
  const refs = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  ]
  const queue = refs.map((ref) => resolve(outDir, ref))
  const seen = new Set<string>()
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of staticImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec))
  }
  return [...seen]
}

function allChunks(): string[] {
  const assets = join(outDir, 'assets')
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name))
}

const holding = (files: string[], marker: string) => files.filter((file) => readFileSync(file, 'utf8').includes(marker))

describe.skipIf(!built)('first chunk of the renderer build', () => {
  it('finds the entry script and its static imports', () => {
    const files = firstLoad()
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(existsSync(file), relative(outDir, file)).toBe(true)
  })

  it('the markers are real: each is in a lazily loaded chunk, so this test can fail', () => {
    const first = new Set(firstLoad())
    const lazy = allChunks().filter((file) => !first.has(file))
    for (const marker of Object.values(MARKERS).flat()) expect(holding(lazy, marker).length, `"${marker}" is in no lazy chunk`).toBeGreaterThan(0)
  })

  it('holds neither Lexical nor Cytoscape (nor its layouts)', () => {
    const files = firstLoad()
    const offenders = Object.entries(MARKERS).flatMap(([library, markers]) =>
      markers.flatMap((marker) => holding(files, marker).map((file) => `${library} ("${marker}") in ${relative(outDir, file)}`))
    )
    expect(offenders).toEqual([])
  })
})

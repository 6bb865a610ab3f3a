import { dirname, resolve } from 'node:path'
import { readFileSync } from 'node:fs'

/** Static imports of a minified ES module: `import…from"x"`, `import"x"`, `export…from"x"` — not `import("x")`. */
function staticImports(code: string): string[] {
  const found = new Set<string>()
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)) found.add(m[1]!)
  return [...found]
}

/**
 * What a built renderer loads before its first screen: index.html's module script (the entry), its
 * modulepreload links, and everything those import statically. Used by the first-chunk test and the
 * first-paint benchmark.
 */
export function firstLoad(outDir: string): { entry: string; files: Set<string> } {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8')
  const entry = resolve(outDir, /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ?? '')
  const queue = [entry, ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => resolve(outDir, m[1]!))]
  const files = new Set<string>()
  while (queue.length > 0) {
    const file = queue.shift()!
    if (files.has(file)) continue
    files.add(file)
    for (const spec of staticImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec))
  }
  return { entry, files }
}

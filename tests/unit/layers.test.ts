import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path)
    // Tests run under Node in vitest, so they may read fixtures with node:fs; the rules are for shipped code.
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

// The layer rules themselves are ESLint's (eslint.config.js, proven by lint.test.ts); this one needs to
// read whole files.
describe('layer boundaries', () => {
  it("builds every schema with the CSP-safe z from shared/schemas/zod.ts, never zod's own", () => {
    const valueImportOfZod = /^import\s+(?!type\b)[^'"]*from\s*['"]zod(\/[^'"]*)?['"]/m
    const files = ['shared', 'electron', 'renderer/src'].flatMap(sourceFiles)
    expect(files.filter((file) => file !== join('shared', 'schemas', 'zod.ts') && valueImportOfZod.test(readFileSync(join(root, file), 'utf8')))).toEqual([])
  })
})

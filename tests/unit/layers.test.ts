import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The architecture's layer rules, checked on every run: the folder says which process code runs in.
const root = join(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path)
    // Tests run under Node in vitest, so they may read fixtures with node:fs; the rules are for shipped code.
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)

function offenders(dir: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${relative(root, join(root, file))} imports ${spec}`)
  )
}

describe('layer boundaries', () => {
  it('shared/ imports no Electron, Node, React, DOM-only or storage code', () => {
    expect(offenders('shared', (s) => /^(electron|node:|react|react-dom|dexie|lexical|@lexical|cytoscape)/.test(s) || /(renderer|electron)\//.test(s))).toEqual([])
  })

  it('renderer/ and electron/ do not import each other', () => {
    expect(offenders('renderer/src', (s) => /(^|\/)electron\//.test(s) || s === 'electron' || s.startsWith('node:'))).toEqual([])
    expect(offenders('electron', (s) => /(^|\/)renderer\//.test(s))).toEqual([])
  })

  it('only renderer/src/data imports Dexie', () => {
    expect(offenders('renderer/src', (s, file) => /^dexie/.test(s) && !file.startsWith(join('renderer', 'src', 'data')))).toEqual([])
  })

  it("builds every schema with the CSP-safe z from shared/schemas/zod.ts, never zod's own", () => {
    const valueImportOfZod = /^import\s+(?!type\b)[^'"]*from\s*['"]zod(\/[^'"]*)?['"]/m
    const files = ['shared', 'electron', 'renderer/src'].flatMap(sourceFiles)
    expect(files.filter((file) => file !== join('shared', 'schemas', 'zod.ts') && valueImportOfZod.test(readFileSync(join(root, file), 'utf8')))).toEqual([])
  })
})

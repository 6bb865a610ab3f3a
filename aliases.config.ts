import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = import.meta.dirname

/**
 * The `#shared/…`, `#ui/…` import aliases for Vite, Vitest and electron-vite, read from the one place they
 * are declared: `compilerOptions.paths` in tsconfig.base.json (which the type checker and ESLint read).
 */
export function aliases(): { find: RegExp; replacement: string }[] {
  const config = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> }
  }
  return Object.entries(config.compilerOptions.paths)
    .filter(([name]) => !name.endsWith('/*'))
    .map(([name, [target]]) => ({ find: new RegExp(`^${name}(?=/|$)`), replacement: resolve(root, target) }))
}

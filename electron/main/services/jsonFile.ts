import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { z } from 'zod'

/**
 * Reads a small JSON file and validates it. A missing, unreadable, malformed or invalid file yields
 * `fallback`: a bad settings file must never stop the app from starting.
 */
export function readJsonFileSync<S extends z.ZodType>(file: string, schema: S, fallback: z.output<S>): z.output<S> {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch {
    return fallback
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return fallback
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? parsed.data : fallback
}

function tempName(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.tmp`
}

/** Writes JSON atomically (temp file + rename) so a crash never leaves half a file. */
export function writeJsonFileSync(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = tempName(file)
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8')
  renameSync(temp, file)
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = tempName(file)
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8')
  await rename(temp, file)
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { parseBackup, type BackupParseError } from '#shared/domain/backup'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { backupErrorText, backupRefusalText } from '#shared/domain/backupErrorText'
import { BACKUP_TABLES } from '#shared/schemas/backup'
import { exportBackup, importBackup, type AtlasDb } from '#data'
import { freshDb } from '#data/testSupport'

// Issue 15's hostile corpus (tests/fixtures/hostile, made by its generate.mjs): every file is refused,
// with a sentence for the rep, and the database is exactly as it was. Each is read the way the
// Settings import reads it: its bytes read (a zip, or the JSON of earlier versions), and imported only if they pass.
const DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile')
type Case = { file: string; refusal: string; inMemory?: boolean }
type Generator = { hostileCases(): [string, string | Uint8Array, string][]; validBackupText(): string }
const generator = (await import(pathToFileURL(join(DIR, 'generate.mjs')).href)) as Generator
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Case[]
const inMemory = new Map(generator.hostileCases().map(([file, text]) => [file, text]))
/** The file's bytes as the rep's disk holds them (an in-memory case's text as UTF-8). */
const bytesOf = (c: Case): Uint8Array => {
  if (!c.inMemory) return new Uint8Array(readFileSync(join(DIR, c.file)))
  const content = inMemory.get(c.file)!
  return typeof content === 'string' ? new TextEncoder().encode(content) : content
}

const codeOf = (error: BackupParseError) => (error.code === 'problems' ? error.problems[0]!.code : error.code)
const sentence = (error: BackupParseError, language: 'en' | 'zh-CN') =>
  error.code === 'problems' ? backupRefusalText(language, error.problems) : error.code === 'invalid' ? backupErrorText(language, error.path, error.error) : error.code

async function digest(db: AtlasDb): Promise<string> {
  const tables = await Promise.all(Object.keys(BACKUP_TABLES).map((t) => db.table(t).toArray()))
  return JSON.stringify(tables)
}

let db: AtlasDb
const timings: { file: string; ms: number }[] = []
const slowest = () => timings.reduce((a, b) => (b.ms > a.ms ? b : a), { file: '', ms: 0 })
let refused = 0
let changed = 0
afterAll(async () => {
  console.log(`${manifest.length} hostile files: ${refused} refused, ${changed} changed the database; slowest refusal ${slowest().ms.toFixed(0)} ms (${slowest().file})`)
  await db?.delete()
})

describe('the hostile backup corpus', () => {
  it('holds at least 60 files, with a valid backup beside them that does import', async () => {
    expect(manifest.filter((c) => !c.inMemory).length).toBeGreaterThanOrEqual(60)
    db = freshDb()
    const valid = parseBackup(generator.validBackupText())
    expect(valid.ok).toBe(true)
    if (valid.ok) await importBackup(db, valid.backup)
    expect((await exportBackup(db)).backup.tables.attachments).toHaveLength(1)
  })

  it.each(manifest)('refuses $file ($refusal) and changes nothing', async (c) => {
    const before = await digest(db)
    const started = performance.now()
    const bytes = bytesOf(c)
    const result = readBackupFile(bytes)
    timings.push({ file: c.file, ms: performance.now() - started })
    if (result.ok) await importBackup(db, result.backup)
    const after = await digest(db)
    if (after !== before) changed++
    expect(result.ok).toBe(false)
    if (result.ok) return
    refused++
    expect(codeOf(result.error)).toBe(c.refusal)
    for (const language of ['en', 'zh-CN'] as const) expect(sentence(result.error, language)).not.toMatch(/\{|\}|undefined|backup\.|validation\./)
    expect(after).toBe(before)
  })
})

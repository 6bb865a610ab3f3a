import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate'
import { parseBackup, type BackupRead } from '../backup'
import type { BackupFile } from '#shared/schemas/backup'
import { readBackupFile } from './readBackupFile'
import { writeBackupZip } from './writeBackupZip'
import { concatBytes } from './base64'

const DIR = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'hostile')
const generator = (await import(pathToFileURL(join(DIR, 'generate.mjs')).href)) as { validBackupText(): string }
const parsed = parseBackup(generator.validBackupText())
if (!parsed.ok) throw new Error('the valid backup does not parse')
const backup: BackupFile = { ...parsed.backup, version: 4 }
const zipped = writeBackupZip(backup, '1.0.0')
const codeOf = (read: BackupRead) => (read.ok ? 'ok' : read.error.code === 'problems' ? read.error.problems[0]!.code : read.error.code)
/** The archive's entries, changed by `edit`, zipped again. */
const rezip = (edit: (entries: Record<string, Uint8Array>) => void) => {
  const entries = unzipSync(zipped)
  edit(entries)
  return zipSync(entries)
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('the backup zip', () => {
  it('reads back exactly the backup it was written from, photos and settings included', () => {
    const read = readBackupFile(zipped)
    expect(read).toEqual({ ok: true, backup })
    const entries = Object.keys(unzipSync(zipped))
    expect(entries[0]).toBe('manifest.json')
    expect(entries).toContain('tables/stakeholders.jsonl')
    expect(entries.filter((name) => name.startsWith('photos/'))).toEqual([`photos/${backup.tables.attachments[0]!.id}.png`])
  })

  it('stores a photo as its bytes, not as base64 text', () => {
    const entries = unzipSync(zipped)
    const photo = Object.entries(entries).find(([name]) => name.startsWith('photos/'))![1]
    expect([...photo.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(text(entries['tables/attachments.jsonl']!)).not.toContain('base64')
  })

  it('still reads the JSON backups of versions 1 to 3, with or without a byte-order mark', () => {
    const json = strToU8(`\ufeff${generator.validBackupText()}`)
    expect(codeOf(readBackupFile(json))).toBe('ok')
  })

  it('refuses an archive cut short, naming it damaged', () => {
    expect(codeOf(readBackupFile(zipped.subarray(0, zipped.length - 30)))).toBe('damagedZip')
    expect(codeOf(readBackupFile(zipped.subarray(0, Math.floor(zipped.length / 2))))).toBe('damagedZip')
  })

  it('refuses a part no backup has, and a zip whose first part is not the manifest', () => {
    expect(codeOf(readBackupFile(rezip((e) => (e['tables/secrets.jsonl'] = strToU8('{}\n')))))).toBe('unknownEntry')
    expect(codeOf(readBackupFile(zipSync({ 'readme.txt': strToU8('hello') })))).toBe('notBackup')
  })

  it('refuses more records than the manifest lists, and fewer', () => {
    const extra = rezip((e) => (e['tables/accounts.jsonl'] = strToU8(text(e['tables/accounts.jsonl']!).repeat(2))))
    expect(codeOf(readBackupFile(extra))).toBe('countMismatch')
    const fewer = rezip((e) => (e['tables/stakeholders.jsonl'] = strToU8(text(e['tables/stakeholders.jsonl']!).split('\n').slice(1).join('\n'))))
    expect(codeOf(readBackupFile(fewer))).toBe('countMismatch')
  })

  it('refuses a line that is not JSON, and a photo whose bytes are not its image', () => {
    expect(codeOf(readBackupFile(rezip((e) => (e['tables/accounts.jsonl'] = strToU8('{"id":\n')))))).toBe('badLine')
    const photoName = `photos/${backup.tables.attachments[0]!.id}.png`
    expect(codeOf(readBackupFile(rezip((e) => (e[photoName] = strToU8('not a picture at all, just text')))))).toBe('badPhoto')
  })

  it('stops a zip bomb at its first over-long line, well inside a second', () => {
    const bomb = new Zip()
    const chunks: Uint8Array[] = []
    bomb.ondata = (_error, chunk) => chunks.push(chunk)
    const manifest = new ZipDeflate('manifest.json')
    bomb.add(manifest)
    manifest.push(unzipSync(zipped)['manifest.json']!, true)
    const table = new ZipDeflate('tables/accounts.jsonl', { level: 9 })
    bomb.add(table)
    // 40 MB of spaces on one line, about 40 kB packed: a thousand to one.
    const spaces = new Uint8Array(4 * 1024 * 1024).fill(0x20)
    for (let i = 0; i < 10; i++) table.push(spaces)
    table.push(new Uint8Array(0), true)
    bomb.end()
    const bytes = concatBytes(chunks)
    expect(bytes.length).toBeLessThan(100_000)
    const started = performance.now()
    expect(codeOf(readBackupFile(bytes))).toBe('stringTooLong')
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('names the file as it reads it: progress reaches the whole file', () => {
    const seen: number[] = []
    readBackupFile(zipped, Date.now(), (done, total) => seen.push(done / total))
    expect(seen.at(-1)).toBe(1)
  })

  it('keeps the file head and hostile-corpus rules: a manifest dated in the future is refused', () => {
    const future = rezip((e) => {
      const manifest = JSON.parse(text(e['manifest.json']!))
      e['manifest.json'] = strToU8(JSON.stringify({ ...manifest, exportedAt: Date.now() + 10 * 86_400_000 }))
    })
    expect(codeOf(readBackupFile(future))).toBe('futureFile')
    expect(readFileSync(join(DIR, 'manifest.json'), 'utf8').length).toBeGreaterThan(0)
  })
})

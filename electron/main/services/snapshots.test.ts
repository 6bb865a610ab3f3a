import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT } from '#shared/schemas/backup'
import { createSnapshotService, isSnapshotName, snapshotName } from './snapshots'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const T0 = Date.UTC(2025, 2, 4, 5, 6, 7, 89)
const DAY = 86_400_000
const zip = (name: string) => zipSync({ 'manifest.json': new TextEncoder().encode(JSON.stringify({ format: BACKUP_FORMAT, name })) })
const backup = (name: string) => JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: T0, tables: { accounts: [{ name }] } })

function setup(options: { keep?: number; maxBytes?: number } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-snapshots-'))
  dirs.push(root)
  const dir = join(root, 'snapshots')
  let clock = T0
  const keep = { value: options.keep ?? 7 }
  const service = createSnapshotService({ dir, keep: () => keep.value, now: () => clock, maxBytes: options.maxBytes })
  return { root, dir, service, keep, advance: (ms: number) => (clock += ms) }
}

describe('snapshot names', () => {
  it('carry the UTC time to the millisecond and the reason, and only such names are accepted', () => {
    expect(snapshotName(T0, 'daily')).toBe('atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json')
    expect(snapshotName(T0, 'daily', 'zip')).toBe('atlas-snapshot-2025-03-04T05-06-07-089Z-daily.zip')
    expect(isSnapshotName(snapshotName(T0, 'manual', 'zip'))).toBe(true)
    expect(isSnapshotName(snapshotName(T0, 'before-restore'))).toBe(true)
    for (const bad of ['../settings.json', 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json.sha256', 'atlas-snapshot-x-daily.json', 'settings.json', 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.tar', 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.zip.sha256']) {
      expect(isSnapshotName(bad), bad).toBe(false)
    }
  })
})

describe('the snapshot service, on a real temp folder', () => {
  it('writes a snapshot atomically, verifies it and lists it', async () => {
    const { dir, service } = setup()
    const content = backup('华东精密')
    const info = await service.write('daily', content)
    expect(info).toEqual({ name: snapshotName(T0, 'daily'), createdAt: T0, reason: 'daily', bytes: Buffer.byteLength(content), verified: true })
    expect(readFileSync(join(dir, info.name), 'utf8')).toBe(content)
    // The checksum file is sha256sum's own format; no temp file is left behind.
    expect(readFileSync(join(dir, `${info.name}.sha256`), 'utf8')).toMatch(new RegExp(`^[0-9a-f]{64}  ${info.name.replace(/\./g, '\\.')}\n$`))
    expect(readdirSync(dir).sort()).toEqual([info.name, `${info.name}.sha256`])
    expect(await service.list()).toEqual([info])
  })

  it('reads back exactly the content written', async () => {
    const { service } = setup()
    const content = backup('苏州 “精密” \u{1F600} \\ \n line')
    const info = await service.write('manual', content)
    expect(await service.read(info.name)).toEqual({ snapshot: info, content })
  })

  it('keeps only the newest N, deleting the oldest, and lists newest first', async () => {
    const { dir, service, keep, advance } = setup({ keep: 3 })
    const written = []
    for (let i = 0; i < 5; i += 1) {
      written.push(await service.write(i % 2 ? 'before-restore' : 'daily', backup(`v${i}`)))
      advance(DAY)
    }
    expect((await service.list()).map((s) => s.name)).toEqual(written.slice(2).reverse().map((s) => s.name))
    expect(readdirSync(dir)).toHaveLength(6)

    keep.value = 1
    const last = await service.write('manual', backup('last'))
    expect((await service.list()).map((s) => s.name)).toEqual([last.name])
  })

  it('writes zip bytes as a .zip snapshot, verifies and lists it, and reads the same bytes back', async () => {
    const { dir, service } = setup()
    const content = zip('华东精密')
    const info = await service.write('daily', content)
    expect(info).toEqual({ name: snapshotName(T0, 'daily', 'zip'), createdAt: T0, reason: 'daily', bytes: content.length, verified: true })
    expect(new Uint8Array(readFileSync(join(dir, info.name)))).toEqual(content)
    expect(await service.list()).toEqual([info])
    expect(await createSnapshotService({ dir, keep: () => 7 }).list()).toEqual([info])
    const read = await service.read(info.name)
    expect(read).toEqual({ snapshot: info, content })
    // A plain Uint8Array over exactly the file: structured clone would send a Buffer's whole pool.
    expect(read.content).toBeInstanceOf(Uint8Array)
    expect(Buffer.isBuffer(read.content)).toBe(false)
    expect((read.content as Uint8Array).buffer.byteLength).toBe(content.length)
  })

  it('shows a .zip snapshot whose bytes changed as not verified', async () => {
    const { dir, service } = setup()
    const info = await service.write('manual', zip('a'))
    const bytes = readFileSync(join(dir, info.name))
    bytes[bytes.length - 1] = 0xff - bytes[bytes.length - 1]!
    writeFileSync(join(dir, info.name), bytes)
    expect((await service.read(info.name)).snapshot.verified).toBe(false)
  })

  it('still lists and reads a .json snapshot written before zips, as text', async () => {
    const { dir, service, advance } = setup()
    const old = await service.write('daily', backup('旧'))
    advance(1000)
    const next = await service.write('manual', zip('新'))
    expect((await service.list()).map((s) => [s.name, s.verified])).toEqual([
      [next.name, true],
      [old.name, true]
    ])
    expect(await service.read(old.name)).toEqual({ snapshot: old, content: backup('旧') })
    expect(readdirSync(dir).sort()).toEqual([old.name, `${old.name}.sha256`, next.name, `${next.name}.sha256`].sort())
  })

  it('refuses bytes that are not a zip, and leaves nothing on disk', async () => {
    const { root, service } = setup()
    for (const bad of [new TextEncoder().encode(backup('a')), new Uint8Array([0x50, 0x4b, 0x05, 0x06]), new Uint8Array([0x50, 0x4b])]) {
      await expect(service.write('daily', bad)).rejects.toMatchObject({ code: 'notBackup' })
    }
    await expect(setup({ maxBytes: 10 }).service.write('daily', zip('x'))).rejects.toMatchObject({ code: 'tooLarge' })
    expect(readdirSync(root)).toEqual([])
  })

  it('keeps the newest N across .json and .zip snapshots', async () => {
    const { dir, service, keep, advance } = setup({ keep: 3 })
    const written = []
    for (let i = 0; i < 6; i += 1) {
      written.push(await service.write('daily', i % 2 ? zip(`v${i}`) : backup(`v${i}`)))
      advance(DAY)
    }
    expect((await service.list()).map((s) => s.name)).toEqual(written.slice(3).reverse().map((s) => s.name))
    expect(readdirSync(dir)).toHaveLength(6)
    keep.value = 1
    const last = await service.write('manual', backup('last'))
    expect((await service.list()).map((s) => s.name)).toEqual([last.name])
  })

  it('never gives a .json and a .zip the same time and reason', async () => {
    const { service } = setup()
    const a = await service.write('daily', backup('a'))
    const b = await service.write('daily', zip('b'))
    expect(b.createdAt).toBe(a.createdAt + 1)
    expect((await service.list()).map((s) => s.name)).toEqual([b.name, a.name])
  })

  it('gives two snapshots in the same millisecond different names', async () => {
    const { service } = setup()
    const a = await service.write('daily', backup('a'))
    const b = await service.write('daily', backup('b'))
    expect(a.name).not.toBe(b.name)
    expect((await service.list()).map((s) => s.name)).toEqual([b.name, a.name])
  })

  it('shows a snapshot whose bytes changed after writing as not verified', async () => {
    const { dir, service } = setup()
    const info = await service.write('daily', backup('华东精密'))
    const path = join(dir, info.name)
    writeFileSync(path, readFileSync(path, 'utf8').replace('华东', '华西'))
    // Same size: read always re-hashes, and the next start's list (a new service) does too.
    expect((await service.read(info.name)).snapshot.verified).toBe(false)
    const nextStart = createSnapshotService({ dir, keep: () => 7 })
    expect((await nextStart.list())[0]).toMatchObject({ name: info.name, verified: false })
  })

  it('re-hashes a listed snapshot once its size changes', async () => {
    const { dir, service } = setup()
    const info = await service.write('daily', backup('华东精密'))
    expect((await service.list())[0]?.verified).toBe(true)
    writeFileSync(join(dir, info.name), backup('华东精密机械'))
    expect((await service.list())[0]).toMatchObject({ name: info.name, verified: false })
  })

  it('shows a snapshot without its checksum as not verified', async () => {
    const { dir, service } = setup()
    const info = await service.write('daily', backup('a'))
    rmSync(join(dir, `${info.name}.sha256`))
    expect((await service.list())[0]?.verified).toBe(false)
  })

  it('refuses content that is not a backup, and leaves nothing on disk', async () => {
    const { dir, service } = setup()
    await expect(service.write('daily', '{"hello":1}')).rejects.toMatchObject({ code: 'notBackup' })
    await expect(service.write('daily', 'not json')).rejects.toMatchObject({ code: 'notBackup' })
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses content over the size cap with a clear error, before writing', async () => {
    const { root, service } = setup({ maxBytes: 100 })
    await expect(service.write('daily', backup('x'.repeat(200)))).rejects.toThrow(/larger than/)
    expect(readdirSync(root)).toEqual([])
  })

  it('refuses names it did not produce, path traversal and symlinks out of the folder', async () => {
    const { root, dir, service } = setup()
    await service.write('daily', backup('a'))
    writeFileSync(join(root, 'secret.json'), backup('secret'))
    for (const name of ['../secret.json', '..', 'settings.json', `../snapshots/${snapshotName(T0, 'daily')}`, '/etc/passwd']) {
      await expect(service.read(name), name).rejects.toMatchObject({ code: 'invalidName' })
    }
    const linked = snapshotName(T0 + DAY, 'manual')
    symlinkSync(join(root, 'secret.json'), join(dir, linked))
    await expect(service.read(linked)).rejects.toMatchObject({ code: 'notFound' })
    expect((await service.list()).map((s) => s.name)).not.toContain(linked)
    await expect(service.read(snapshotName(T0 + 2 * DAY, 'daily'))).rejects.toMatchObject({ code: 'notFound' })
  })

  it('lists nothing before the first snapshot', async () => {
    expect(await setup().service.list()).toEqual([])
  })

  it('clears a temp file a crash left behind on the next write', async () => {
    const { dir, service } = setup()
    await service.write('daily', backup('a'))
    writeFileSync(join(dir, '.tmp-atlas-snapshot-half.json'), '{"form')
    await service.write('daily', backup('b'))
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([])
  })
})

import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT } from '#shared/schemas/backup'
import { createSnapshotService, isSnapshotName, snapshotName } from './snapshots'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const T0 = Date.UTC(2025, 2, 4, 5, 6, 7, 89)
const DAY = 86_400_000
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
    expect(isSnapshotName(snapshotName(T0, 'before-restore'))).toBe(true)
    for (const bad of ['../settings.json', 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json.sha256', 'atlas-snapshot-x-daily.json', 'settings.json']) {
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

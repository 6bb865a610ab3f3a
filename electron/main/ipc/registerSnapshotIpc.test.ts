import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT } from '#shared/schemas/backup'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { createSettingsStore } from '../services/settings'
import { createSnapshotService } from '../services/snapshots'
import { trustedSenderCheck } from './registerIpc'
import { registerSnapshotIpc, snapshotKeepOf } from './registerSnapshotIpc'

const APP = 'app://atlas/'
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const content = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 1, tables: { accounts: [] } })

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-snapshot-ipc-'))
  dirs.push(root)
  const settings = createSettingsStore(join(root, 'settings.json'))
  const snapshots = createSnapshotService({ dir: join(root, 'snapshots'), keep: () => snapshotKeepOf(settings) })
  const ipc = new FakeIpcMain()
  registerSnapshotIpc({ ipcMain: ipc, isTrustedSender: trustedSenderCheck(), snapshots, settings })
  return { ipc, root }
}

describe('snapshot IPC', () => {
  it('writes, lists and reads a snapshot back for restore', async () => {
    const { ipc } = setup()
    const written = await ipc.invoke('snapshot:write', APP, { reason: 'before-restore', content })
    expect(written).toMatchObject({ ok: true, value: { reason: 'before-restore', verified: true, bytes: content.length } })
    const info = (written as { value: { name: string } }).value
    expect(await ipc.invoke('snapshot:list', APP)).toEqual({ ok: true, value: { snapshots: [info], keep: 7 } })
    expect(await ipc.invoke('snapshot:read', APP, { name: info.name })).toEqual({ ok: true, value: { snapshot: info, content } })
  })

  it('carries a zip snapshot as bytes: written, listed, and read back identical as a plain Uint8Array', async () => {
    const { ipc } = setup()
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0xff, 0x00])
    const written = await ipc.invoke('snapshot:write', APP, { reason: 'manual', content: zip })
    expect(written).toMatchObject({ ok: true, value: { reason: 'manual', verified: true, bytes: zip.length, name: expect.stringMatching(/-manual\.zip$/) } })
    const info = (written as { value: { name: string } }).value
    expect(await ipc.invoke('snapshot:list', APP)).toEqual({ ok: true, value: { snapshots: [info], keep: 7 } })
    const read = (await ipc.invoke('snapshot:read', APP, { name: info.name })) as { ok: true; value: { content: Uint8Array } }
    expect(read).toEqual({ ok: true, value: { snapshot: info, content: zip } })
    expect(Buffer.isBuffer(read.value.content)).toBe(false)
  })

  it('refuses bytes that are not a zip', async () => {
    const { ipc } = setup()
    expect(await ipc.invoke('snapshot:write', APP, { reason: 'daily', content: new TextEncoder().encode(content) })).toEqual({
      ok: false,
      error: { code: 'invalidRequest', message: 'The content is not an Account Atlas backup' }
    })
  })

  it('saves the keep count in settings, within 1–60', async () => {
    const { ipc, root } = setup()
    expect(await ipc.invoke('snapshot:setKeep', APP, { keep: 12 })).toEqual({ ok: true, value: { keep: 12 } })
    expect(await ipc.invoke('snapshot:list', APP)).toMatchObject({ ok: true, value: { keep: 12 } })
    expect(JSON.parse(readFileSync(join(root, 'settings.json'), 'utf8'))).toEqual({ snapshotKeep: 12 })
    for (const keep of [0, 61, 2.5, '7', null]) {
      expect(await ipc.invoke('snapshot:setKeep', APP, { keep }), String(keep)).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    }
  })

  it('refuses bad requests before touching the disk', async () => {
    const { ipc, root } = setup()
    for (const bad of [undefined, {}, { reason: 'weekly', content }, { reason: 'daily', content: '' }, { reason: 'daily', content: 5 }, { reason: 'daily', content: new Uint8Array(0) }, { reason: 'daily', content: [0x50, 0x4b, 3, 4] }]) {
      expect(await ipc.invoke('snapshot:write', APP, bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    }
    for (const name of ['../settings.json', 'settings.json', '', 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json/../../x']) {
      expect(await ipc.invoke('snapshot:read', APP, { name }), name).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    }
    expect(() => readFileSync(join(root, 'snapshots'))).toThrow()
  })

  it('sends a refusal the rep can act on back as invalidRequest with its reason', async () => {
    const { ipc } = setup()
    expect(await ipc.invoke('snapshot:write', APP, { reason: 'daily', content: '{"hello":1}' })).toEqual({
      ok: false,
      error: { code: 'invalidRequest', message: 'The content is not an Account Atlas backup' }
    })
    expect(await ipc.invoke('snapshot:read', APP, { name: 'atlas-snapshot-2025-03-04T05-06-07-089Z-daily.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest', message: 'No such snapshot' }
    })
  })

  it('refuses senders that are not the app', async () => {
    const { ipc } = setup()
    for (const channel of ['snapshot:write', 'snapshot:list', 'snapshot:read', 'snapshot:setKeep']) {
      expect(await ipc.invoke(channel, 'https://evil.example/', { reason: 'daily', content }), channel).toMatchObject({
        ok: false,
        error: { code: 'forbiddenSender' }
      })
    }
  })

  it('falls back to the default keep count when settings hold a bad one, keeping the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-snapshot-ipc-'))
    dirs.push(root)
    writeFileSync(join(root, 'settings.json'), JSON.stringify({ language: 'en', snapshotKeep: 9000 }))
    const settings = createSettingsStore(join(root, 'settings.json'))
    expect(settings.get()).toEqual({ language: 'en' })
    expect(snapshotKeepOf(settings)).toBe(7)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { account, stakeholders } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { computeAllSummaries } from '../summaries'
import { BackupCancelledError, exportBackupZip, openRestore, type BackupWorker } from './backupClient'
import type { BackupPhase } from './backupProtocol'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

/** A worker that fails as it starts (its script did not load). */
function failingWorker(): BackupWorker {
  const worker: BackupWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: () => setTimeout(() => worker.onerror?.({ message: 'script failed to load', type: 'error', preventDefault: () => undefined } as ErrorEvent))
  }
  return worker
}

describe('exportBackupZip', () => {
  it('makes a backup zip the restore reads back whole, reporting its progress', async () => {
    db = freshDb()
    await db.accounts.add(account)
    await db.stakeholders.bulkAdd(stakeholders)
    const phases = new Set<BackupPhase>()
    const { bytes, skipped, empty } = await exportBackupZip(db, Date.now(), 'test', { onProgress: (phase) => phases.add(phase) }, () => null)
    expect({ skipped, empty }).toEqual({ skipped: 0, empty: false })
    expect(Object.keys(unzipSync(bytes))[0]).toBe('manifest.json')
    const read = readBackupFile(bytes)
    expect(read.ok && read.backup.tables.stakeholders.map((p) => p.name)).toEqual(stakeholders.map((p) => p.name))
    expect([...phases]).toEqual(['collecting', 'packing'])
  })

  it('still exports, on this thread, when the worker fails to start', async () => {
    db = freshDb()
    await db.accounts.add(account)
    const { bytes } = await exportBackupZip(db, Date.now(), 'test', {}, failingWorker)
    expect(readBackupFile(bytes).ok).toBe(true)
  })

  it('says when there is nothing to back up', async () => {
    db = freshDb()
    expect((await exportBackupZip(db, Date.now(), 'test', {}, () => null)).empty).toBe(true)
  })

  it('stops when cancelled, leaving nothing behind', async () => {
    db = freshDb()
    const abort = new AbortController()
    abort.abort()
    await expect(exportBackupZip(db, Date.now(), 'test', { signal: abort.signal }, () => null)).rejects.toBeInstanceOf(BackupCancelledError)
  })
})

describe('openRestore', () => {
  it('previews, then merges or replaces in one go', async () => {
    db = freshDb()
    await db.accounts.add(account)
    await db.stakeholders.bulkAdd(stakeholders)
    const { bytes } = await exportBackupZip(db, Date.now(), 'test', {}, () => null)
    const [first, ...rest] = stakeholders
    await db.stakeholders.update(first!.id, { name: '改过的名字', updatedAt: first!.updatedAt + 1000 })
    await db.stakeholders.add({ ...first!, id: '0f000000-0000-4000-8000-00000000abcd', name: '只在本机' })

    const opened = await openRestore(db, bytes, Date.now(), {}, failingWorker)
    if (!opened.ok) throw new Error('refused')
    const people = opened.session.preview.tables.find((t) => t.table === 'stakeholders')!
    const live = stakeholders.filter((p) => p.deletedAt === null).length
    expect(people).toMatchObject({ inFile: live, here: live + 1, newerHere: 1, onlyHere: 1, same: rest.length, onlyInFile: 0 })

    await opened.session.restore('merge')
    expect((await db.stakeholders.get(first!.id))?.name).toBe('改过的名字')
    expect(await db.stakeholders.count()).toBe(stakeholders.length + 1)

    const again = await openRestore(db, bytes, Date.now(), {}, () => null)
    if (!again.ok) throw new Error('refused')
    await again.session.restore('replace')
    expect((await db.stakeholders.get(first!.id))?.name).toBe(first!.name)
    expect(await db.stakeholders.count()).toBe(stakeholders.length)
    // The account list's summaries are rebuilt once for the whole restore, and equal a rebuild from scratch.
    expect(await db.accountSummaries.toArray()).toEqual(await computeAllSummaries((name) => db.table(name)))
    expect(await db.accountSummaries.count()).toBe(1)
  })

  it('refuses a file that is not a backup, writing nothing', async () => {
    db = freshDb()
    const opened = await openRestore(db, new TextEncoder().encode('hello'), Date.now(), {}, () => null)
    expect(opened).toEqual({ ok: false, error: { code: 'notJson' } })
  })
})

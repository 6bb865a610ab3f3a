import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '#shared/domain/backup'
import { account, stakeholders } from '#shared/domain/brief/briefFixture'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { exportBackupText, type ExportWorker } from './exportClient'

let db: AtlasDb
afterEach(async () => {
  await db.delete()
})

/** A worker that fails as it starts (its script did not load). */
function failingWorker(): ExportWorker {
  const worker: ExportWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: () => setTimeout(() => worker.onerror?.({ message: 'script failed to load', type: 'error', preventDefault: () => undefined } as ErrorEvent))
  }
  return worker
}

describe('exportBackupText', () => {
  it('makes a backup file the import reads back whole', async () => {
    db = freshDb()
    await db.accounts.add(account)
    await db.stakeholders.bulkAdd(stakeholders)
    const { text, skipped, empty } = await exportBackupText(db, Date.now(), () => null)
    expect({ skipped, empty }).toEqual({ skipped: 0, empty: false })
    const parsed = parseBackup(text)
    expect(parsed.ok && parsed.backup.tables.stakeholders.map((p) => p.name)).toEqual(stakeholders.map((p) => p.name))
  })

  it('still exports, on this thread, when the worker fails to start', async () => {
    db = freshDb()
    await db.accounts.add(account)
    const { text } = await exportBackupText(db, Date.now(), failingWorker)
    expect(parseBackup(text).ok).toBe(true)
  })

  it('says when there is nothing to back up', async () => {
    db = freshDb()
    expect((await exportBackupText(db, Date.now(), () => null)).empty).toBe(true)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { createRepositories } from '#data'
import { accountDraft, freshDb } from '#data/testSupport'
import { fakeHost } from '#testing/fakeHost'
import { BACKUP_REMINDER_AFTER_MS, rememberBackupDownloaded, takeBackupReminder } from './backupReminder'
import { takeDailySnapshotIfDue, takeSnapshot } from './snapshots'

const DAY = 86_400_000
const NOW = Date.UTC(2025, 5, 1, 9)

afterEach(() => localStorage.clear())

async function setup(kind: 'electron' | 'browser' = 'electron', withAccount = true) {
  const db = freshDb()
  const repos = createRepositories(db)
  if (withAccount) await repos.accounts.create(accountDraft({ name: '华东精密' }))
  return { db, repos, host: fakeHost(kind) }
}

describe('taking snapshots', () => {
  it('takes the daily snapshot when none is a day old, once', async () => {
    const { repos, host } = await setup()
    expect(await takeDailySnapshotIfDue(host, repos.backup, NOW)).toMatchObject({ reason: 'daily' })
    host.snapshots[0]!.info.createdAt = NOW - DAY + 1
    expect(await takeDailySnapshotIfDue(host, repos.backup, NOW)).toBeNull()
    host.snapshots[0]!.info.createdAt = NOW - DAY
    expect(await takeDailySnapshotIfDue(host, repos.backup, NOW)).toMatchObject({ reason: 'daily' })
  })

  it('does not count a damaged snapshot, or one dated ahead of the clock', async () => {
    const { repos, host } = await setup()
    host.addSnapshot('daily', '{}', NOW - 1000, false)
    expect(await takeDailySnapshotIfDue(host, repos.backup, NOW)).not.toBeNull()
    const { repos: r2, host: ahead } = await setup()
    ahead.addSnapshot('daily', '{}', NOW + 30 * DAY)
    expect(await takeDailySnapshotIfDue(ahead, r2.backup, NOW)).not.toBeNull()
  })

  it('writes the snapshot as a backup zip that reads back with what is stored', async () => {
    const { repos, host } = await setup()
    const info = await takeSnapshot(host, repos.backup, 'manual')
    expect(info?.name).toMatch(/-manual\.zip$/)
    const { content } = host.snapshots[0]!
    expect(content).toBeInstanceOf(Uint8Array)
    const read = readBackupFile(content as Uint8Array)
    expect(read.ok && read.backup.tables.accounts.map((a) => a.name)).toEqual(['华东精密'])
  })

  it('never snapshots an empty database, nor in the browser edition', async () => {
    const empty = await setup('electron', false)
    expect(await takeSnapshot(empty.host, empty.repos.backup, 'daily')).toBeNull()
    const browser = await setup('browser')
    expect(await takeDailySnapshotIfDue(browser.host, browser.repos.backup, NOW)).toBeNull()
    expect(empty.host.writeSnapshot).not.toHaveBeenCalled()
    expect(browser.host.writeSnapshot).not.toHaveBeenCalled()
  })
})

describe('the browser edition’s backup reminder', () => {
  it('stays quiet on the first start, then reminds at most weekly after the last download', () => {
    expect(takeBackupReminder(NOW)).toBe(false)
    expect(takeBackupReminder(NOW + BACKUP_REMINDER_AFTER_MS - 1)).toBe(false)
    expect(takeBackupReminder(NOW + BACKUP_REMINDER_AFTER_MS)).toBe(true)
    expect(takeBackupReminder(NOW + BACKUP_REMINDER_AFTER_MS + DAY)).toBe(false)
    rememberBackupDownloaded(NOW + 3 * BACKUP_REMINDER_AFTER_MS)
    expect(takeBackupReminder(NOW + 3 * BACKUP_REMINDER_AFTER_MS + DAY)).toBe(false)
    expect(takeBackupReminder(NOW + 4 * BACKUP_REMINDER_AFTER_MS)).toBe(true)
  })

  it('ignores a stored value that is not a time', () => {
    localStorage.setItem('atlas.backup.downloadedAt', 'yesterday')
    localStorage.setItem('atlas.backup.remindedAt', '-5')
    expect(takeBackupReminder(NOW)).toBe(false)
    expect(localStorage.getItem('atlas.backup.remindedAt')).toBe(String(NOW))
  })
})

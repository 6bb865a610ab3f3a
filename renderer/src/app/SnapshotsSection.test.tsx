import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { createRepositories } from '#data'
import { accountDraft, freshDb } from '#data/testSupport'
import type { SnapshotInfo } from '#shared/ipc/contract'
import type { BackupFile } from '#shared/schemas/backup'
import { fakeHost, type FakeHost } from '#testing/fakeHost'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'
import { SnapshotsSection } from './SnapshotsSection'

const DAY = 86_400_000
const dateText = (at: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at)

/** The restore preview's Accounts row: in the file, here now, new, newer in file, newer here, only here. */
const accountsRow = (dialog: HTMLElement) => [...within(dialog).getByRole('rowheader', { name: 'Accounts' }).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent)

/** A desktop host holding a snapshot (a zip, as takeSnapshot writes) of a database with 华东精密 in it, taken a day ago, and a damaged one. */
async function withSnapshot(more?: (host: FakeHost, backup: BackupFile) => void) {
  const host = fakeHost('electron')
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const { backup } = await repos.backup.exportAll()
  const info = host.addSnapshot('daily', writeBackupZip(backup, 'Account Atlas test'), Date.now() - DAY)
  host.addSnapshot('manual', '{}', Date.now() - 2 * DAY, false)
  more?.(host, backup)
  const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />, { host, db })
  return { ...screenApi, account, info, backup }
}

describe('SnapshotsSection (desktop)', () => {
  it('lists the snapshots with date, reason, size and check', async () => {
    const { user } = await withSnapshot()
    await user.click(screen.getByRole('button', { name: 'Save a snapshot now' }))
    const table = await screen.findByRole('table')
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4))
    const [, manual, daily, damaged] = within(table).getAllByRole('row')
    expect(manual?.textContent).toContain('Saved by you')
    expect(daily?.textContent).toMatch(/Daily.*KB.*Verified/)
    expect(damaged?.textContent).toContain('Damaged, cannot be restored')
    expect(within(damaged!).getByRole('button', { name: /Restore the snapshot of/ })).toHaveProperty('disabled', true)
  })

  it('previews the restore, and cancel changes nothing', async () => {
    const { user, db, account, host, info } = await withSnapshot()
    await db.accounts.update(account.id, { name: '华东精密机械', updatedAt: account.updatedAt + 1000 })
    const restore = await screen.findAllByRole('button', { name: /Restore the snapshot of/ })
    await user.click(restore[0]!)
    const dialog = await screen.findByRole('dialog', { name: /Restore the snapshot of/ })
    expect(accountsRow(dialog)).toEqual(['1', '1', '–', '–', '1', '–'])
    expect(dialog.textContent).toContain('A snapshot of what is stored now is saved first.')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Restore the snapshot of/ })).toBeNull())
    expect(host.readSnapshot).toHaveBeenCalledWith({ name: info.name })
    expect(host.writeSnapshot).not.toHaveBeenCalled()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密机械')
  })

  it('merges a deleted account back from a snapshot, taking a before-restore snapshot of what is here first', async () => {
    const { user, db, repos, account, host } = await withSnapshot()
    await db.accounts.delete(account.id)
    const later = await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    await user.click((await screen.findAllByRole('button', { name: /Restore the snapshot of/ }))[0]!)
    const dialog = await screen.findByRole('dialog', { name: /Restore the snapshot of/ })
    expect(accountsRow(dialog)).toEqual(['1', '1', '1', '–', '–', '1'])
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(await screen.findByText(/Backup restored: 1 added, 0 updated/)).toBeTruthy()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密')
    expect((await db.accounts.get(later.id))?.name).toBe('苏州轴承')
    expect(host.writeSnapshot).toHaveBeenCalledTimes(1)
    expect(host.writeSnapshot).toHaveBeenCalledWith(expect.objectContaining({ reason: 'before-restore', content: expect.any(Uint8Array) }))
    // It holds the database as it was before the restore: the later account, not the restored one.
    const before = host.snapshots.find((s) => s.info.reason === 'before-restore')!
    const read = readBackupFile(before.content as Uint8Array)
    expect(read.ok && read.backup.tables.accounts.map((a) => a.name)).toEqual(['苏州轴承'])
  })

  it('restores an older .json snapshot in place of what is here, once the loss is confirmed', async () => {
    let old: SnapshotInfo | undefined
    const { user, db, repos, account, host } = await withSnapshot((host, backup) => (old = host.addSnapshot('manual', JSON.stringify(backup), Date.now() - 3 * DAY)))
    await db.accounts.delete(account.id)
    const later = await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    await user.click(await screen.findByRole('button', { name: `Restore the snapshot of ${dateText(old!.createdAt)}` }))
    const dialog = await screen.findByRole('dialog', { name: /Restore the snapshot of/ })
    expect(accountsRow(dialog)).toEqual(['1', '1', '1', '–', '–', '1'])
    await user.click(within(dialog).getByRole('button', { name: 'Replace everything…' }))
    const confirm = await screen.findByRole('dialog', { name: 'Replace everything with the file?' })
    expect(confirm.textContent).toContain('1 record only here is removed')
    expect(await db.accounts.get(later.id)).toBeTruthy()
    await user.click(within(confirm).getByRole('button', { name: 'Replace everything' }))
    expect(await screen.findByText(/Backup restored: 1 added/)).toBeTruthy()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密')
    expect(await db.accounts.get(later.id)).toBeUndefined()
    expect(host.writeSnapshot).toHaveBeenCalledWith(expect.objectContaining({ reason: 'before-restore' }))
  })

  it('refuses a snapshot that does not hold a backup, changing nothing', async () => {
    let odd: SnapshotInfo | undefined
    const { user, db, account, host } = await withSnapshot((host) => (odd = host.addSnapshot('manual', '{"hello": 1}', Date.now() - 3 * DAY)))
    await user.click(await screen.findByRole('button', { name: `Restore the snapshot of ${dateText(odd!.createdAt)}` }))
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not an Account Atlas backup. Nothing was imported.')
    expect(screen.queryByRole('dialog', { name: /Restore the snapshot of/ })).toBeNull()
    expect(host.writeSnapshot).not.toHaveBeenCalled()
    expect(await db.accounts.toArray()).toEqual([account])
  })

  it('saves the keep count', async () => {
    const { user, host } = await withSnapshot()
    const keep = await screen.findByRole('combobox', { name: /Snapshots to keep/ })
    // The choice is disabled until the list has loaded.
    await waitFor(() => expect(keep).toHaveProperty('disabled', false))
    await user.selectOptions(keep, '14')
    await waitFor(() => expect(host.setSnapshotKeep).toHaveBeenCalledWith({ keep: 14 }))
  })

  it('stops a backup import when the before-restore snapshot fails, importing nothing', async () => {
    const { user, db, repos, host, account, backup } = await withSnapshot()
    await db.accounts.delete(account.id)
    const later = await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    host.nextOpen = { name: 'backup.zip', bytes: writeBackupZip(backup, 'Account Atlas test') }
    host.writeSnapshot = vi.fn(async () => {
      throw new Error('disk full')
    })
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Restore failed: a snapshot of what is stored now could not be saved first. Nothing was restored.')
    expect(host.writeSnapshot).toHaveBeenCalledWith(expect.objectContaining({ reason: 'before-restore' }))
    expect(await db.accounts.get(account.id)).toBeUndefined()
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual([later.id])
  })
})

describe('SnapshotsSection (browser edition)', () => {
  it('offers a backup download instead, and remembers it', async () => {
    const { user, host } = renderScreen(<SnapshotsSection />)
    expect(screen.getByText('No backup has been downloaded from this browser yet.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Download a backup now' }))
    expect(await screen.findByText(/Last backup downloaded:/)).toBeTruthy()
    expect(host.saved[0]?.suggestedName).toMatch(/^account-atlas-backup-/)
    expect(Number(localStorage.getItem('atlas.backup.downloadedAt'))).toBeGreaterThan(0)
    expect(screen.queryByRole('table')).toBeNull()
  })
})

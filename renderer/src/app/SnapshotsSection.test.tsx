import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '#data'
import { accountDraft, freshDb } from '#data/testSupport'
import { fakeHost } from '#testing/fakeHost'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'
import { SnapshotsSection } from './SnapshotsSection'

const DAY = 86_400_000

/** A desktop host holding a snapshot of a database with 华东精密 in it, taken a day ago, and a damaged one. */
async function withSnapshot() {
  const host = fakeHost('electron')
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const { backup } = await repos.backup.exportAll()
  const info = host.addSnapshot('daily', JSON.stringify(backup), Date.now() - DAY)
  host.addSnapshot('manual', '{}', Date.now() - 2 * DAY, false)
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

  it('asks before restoring, and cancel changes nothing', async () => {
    const { user, db, account, host, info } = await withSnapshot()
    await db.accounts.update(account.id, { name: '华东精密机械' })
    const restore = await screen.findAllByRole('button', { name: /Restore the snapshot of/ })
    await user.click(restore[0]!)
    const dialog = await screen.findByRole('dialog', { name: /Restore the snapshot of/ })
    expect(dialog.textContent).toContain('0 records are added')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Restore the snapshot of/ })).toBeNull())
    expect(host.readSnapshot).toHaveBeenCalledWith({ name: info.name })
    expect(host.writeSnapshot).not.toHaveBeenCalled()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密机械')
  })

  it('restores a deleted account once confirmed, taking a before-restore snapshot first', async () => {
    const { user, db, repos, account, host } = await withSnapshot()
    await db.accounts.delete(account.id)
    await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    await user.click((await screen.findAllByRole('button', { name: /Restore the snapshot of/ }))[0]!)
    const dialog = await screen.findByRole('dialog', { name: /Restore the snapshot of/ })
    expect(dialog.textContent).toContain('1 record is added')
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    expect(await screen.findByText(/Snapshot restored: 1 added/)).toBeTruthy()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密')
    expect(host.writeSnapshot).toHaveBeenCalledWith(expect.objectContaining({ reason: 'before-restore' }))
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
    await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
    host.nextOpen = { name: 'backup.json', text: JSON.stringify(backup) }
    host.writeSnapshot = async () => {
      throw new Error('disk full')
    }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect((await screen.findByRole('alert')).textContent).toContain('a snapshot of what is stored now could not be saved first')
    expect(await db.accounts.get(account.id)).toBeUndefined()
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

import { screen, waitFor, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import yDexie from 'y-dexie'
import { describe, expect, it, vi } from 'vitest'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { account } from '#shared/domain/brief/briefFixture'
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupFile } from '#shared/schemas/backup'
import { AtlasDb } from '#data'
import { applyMigrations, latestVersion, migrations } from '#data/migrations'
import { fakeHost } from '#testing/fakeHost'
import { renderApp, renderScreen } from '#testing/renderScreen'
import { ReadOnlyBanner } from './ReadOnlyBanner'

const emptyTables = () => Object.fromEntries(Object.keys(BACKUP_TABLES).map((table) => [table, []])) as unknown as BackupFile['tables']

describe('a database from a newer version of the app', () => {
  it('says so across the app, with the way to a backup', async () => {
    const name = `atlas-newer-${globalThis.crypto.randomUUID()}`
    const future = new Dexie(name, { addons: [yDexie] })
    applyMigrations(future, [...migrations, { version: latestVersion() + 1, stores: {} }])
    await future.open()
    future.close()

    const { user } = renderApp({ db: new AtlasDb(name) })
    const banner = await screen.findByTestId('read-only-banner')
    expect(banner.textContent).toContain('saved by a newer version of Account Atlas')
    await user.click(within(banner).getByRole('button', { name: 'Open Settings' }))
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy()
  })

  it('shows nothing for a database of this version', async () => {
    renderApp()
    await screen.findByTestId('app-shell')
    expect(screen.queryByTestId('read-only-banner')).toBeNull()
  })
})

describe('going back to the last snapshot from a newer database (desktop)', () => {
  it('keeps the newer data as a snapshot, then puts the snapshot in its place and reloads', async () => {
    const name = `atlas-newer-${globalThis.crypto.randomUUID()}`
    const future = new Dexie(name, { addons: [yDexie] })
    applyMigrations(future, [...migrations, { version: latestVersion() + 1, stores: {} }])
    await future.open()
    await future.table('accounts').add({ ...account, name: '新版本写的客户' })
    future.close()
    const host = fakeHost('electron')
    const backup: BackupFile = { format: BACKUP_FORMAT, version: 4, exportedAt: Date.now() - 86_400_000, settings: [], tables: { ...emptyTables(), accounts: [account] } }
    await host.writeSnapshot({ reason: 'daily', content: writeBackupZip(backup, 'test') })
    const reload = vi.fn()
    const db = new AtlasDb(name)
    await db.open()
    const { user } = renderScreen(<ReadOnlyBanner onOpenSettings={() => undefined} reload={reload} />, { db, host })

    await user.click(await screen.findByRole('button', { name: 'Go back to the last snapshot…' }))
    const dialog = await screen.findByRole('dialog', { name: /Go back to the snapshot of/ })
    await user.click(within(dialog).getByRole('button', { name: 'Go back to this snapshot' }))
    await waitFor(() => expect(reload).toHaveBeenCalled())
    // The newer data was kept first, as a before-restore snapshot holding its account.
    const kept = host.snapshots.find((s) => s.info.reason === 'before-restore')!
    const keptRead = readBackupFile(kept.content as Uint8Array)
    expect(keptRead.ok && keptRead.backup.tables.accounts[0]!.name).toBe('新版本写的客户')
    // This computer now holds the snapshot, at this build's schema, and can write.
    expect(db.access.readOnly).toBe(false)
    expect((await db.accounts.toArray()).map((a) => a.name)).toEqual([account.name])
  })
})

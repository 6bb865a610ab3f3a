import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { SaveFileRequest } from '#shared/ipc/contract'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { BACKUP_TABLES, type BackupFile, type BackupTable } from '#shared/schemas/backup'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

const emptyTables = () => Object.fromEntries(Object.keys(BACKUP_TABLES).map((table) => [table as BackupTable, []])) as unknown as BackupFile['tables']

const settings = () => screen.getByRole('dialog', { name: 'Settings' })

describe('SettingsDialog', () => {
  it('switches the theme and the language, and remembers both', async () => {
    const { user } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    await user.click(within(settings()).getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('atlas.theme')).toBe('dark')

    await user.click(within(settings()).getByRole('radio', { name: 'Follow system' }))
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)

    await user.click(within(settings()).getByRole('radio', { name: '中文（简体）' }))
    expect(await screen.findByRole('dialog', { name: '设置' })).toBeTruthy()
    expect(localStorage.getItem('atlas.language')).toBe('zh-CN')
  })

  it('exports every account to a backup zip, with a progress bar while it runs, and imports it into another database', async () => {
    const source = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    await source.repos.accounts.create(accountDraft({ name: '华东精密' }))
    // The save dialog stays open until the test lets it answer, so the running job can be seen.
    let answer = () => undefined as void
    const asked = new Promise<void>((resolve) => (answer = resolve))
    const save = source.host.saveFile
    source.host.saveFile = vi.fn(async (request: SaveFileRequest) => {
      await asked
      return save(request)
    })
    await source.user.click(screen.getByRole('button', { name: 'Export backup…' }))
    expect(await screen.findByTestId('backup-progress')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Export backup…' })).toHaveProperty('disabled', true)
    expect(screen.getByRole('button', { name: 'Import backup…' })).toHaveProperty('disabled', true)
    answer()
    expect(await screen.findByText('Backup saved')).toBeTruthy()
    expect(screen.queryByTestId('backup-progress')).toBeNull()
    const [file] = source.host.saved
    expect(file?.suggestedName).toMatch(/^account-atlas-backup-\d{4}-\d{2}-\d{2}\.zip$/)
    expect(file?.filters).toEqual([{ name: 'Account Atlas backup', extensions: ['zip'] }])
    expect(file?.encoding).toBe('binary')
    expect(file?.data).toBeInstanceOf(Uint8Array)
    const bytes = file!.data as Uint8Array
    // A zip's local file header: PK\x03\x04.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    source.unmount()

    const target = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    target.host.nextOpen = { name: file!.suggestedName, bytes }
    await target.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect(target.host.openFile).toHaveBeenCalledWith({ filters: [{ name: 'Account Atlas backup', extensions: ['zip', 'json'] }], as: 'bytes' })
    let dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await target.user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(await screen.findByText(/Backup restored: 1 added, 0 updated/)).toBeTruthy()
    expect((await target.db.accounts.toArray()).map((a) => a.name)).toEqual(['华东精密'])

    await target.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await target.user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(await screen.findByText(/0 added, 0 updated, [1-9]\d* already up to date/)).toBeTruthy()
    expect((await target.db.accounts.toArray()).map((a) => a.name)).toEqual(['华东精密'])
  })

  it('refuses a file that is not a backup and imports nothing', async () => {
    const { user, host, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    const encode = (text: string) => new TextEncoder().encode(text)
    host.nextOpen = { name: 'notes.json', bytes: encode('not json {') }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not a backup: it cannot be read as one. Nothing was imported.')

    host.nextOpen = { name: 'other.json', bytes: encode('{"hello": 1}') }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This file is not an Account Atlas backup. Nothing was imported.'))

    host.nextOpen = {
      name: 'bad.json',
      bytes: encode(JSON.stringify({ format: 'account-atlas-backup', version: 2, exportedAt: 1, tables: { accounts: [{ id: 'x', name: 5 }] } }))
    }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Account 1 in the backup is not valid/))

    // A zip cut short: its central directory is missing.
    const zip = writeBackupZip({ format: 'account-atlas-backup', version: 4, exportedAt: 1, settings: [], tables: emptyTables() }, 'Account Atlas test')
    host.nextOpen = { name: 'cut.zip', bytes: zip.slice(0, zip.length - 30) }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This file was not imported; nothing was changed. The file is damaged or incomplete: it cannot be unpacked to its end.'))

    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull()
    expect(await db.accounts.count()).toBe(0)
  })

  it('does nothing when the open dialog is cancelled', async () => {
    const { user, host } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect(host.openFile).toHaveBeenCalled()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', { name: 'Import backup…' })).toHaveProperty('disabled', false)
  })
})

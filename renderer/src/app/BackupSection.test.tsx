import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import type { BackupFile } from '#shared/schemas/backup'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

const SECOND = 1000

/**
 * A backup zip of three accounts set against this database, one of each kind the preview counts:
 * 华东精密 is newer here (the file holds an older copy, 华东精密（旧）), 苏州轴承 is newer in the file
 * (苏州轴承集团), 无锡电子 is only in the file (deleted here since), and 常州机床 is only here.
 */
async function backupAgainstEdits() {
  const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />)
  const { repos, db, host } = screenApi
  const newerHere = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const newerInFile = await repos.accounts.create(accountDraft({ name: '苏州轴承' }))
  const onlyInFile = await repos.accounts.create(accountDraft({ name: '无锡电子' }))
  const { backup } = await repos.backup.exportAll()
  const accounts = backup.tables.accounts.map((row) => {
    if (row.id === newerHere.id) return { ...row, name: '华东精密（旧）', createdAt: row.createdAt - 2 * SECOND, updatedAt: row.updatedAt - SECOND }
    if (row.id === newerInFile.id) return { ...row, name: '苏州轴承集团', updatedAt: row.updatedAt + SECOND }
    return row
  })
  const file: BackupFile = { ...backup, tables: { ...backup.tables, accounts } }
  await db.accounts.delete(onlyInFile.id)
  const onlyHere = await repos.accounts.create(accountDraft({ name: '常州机床' }))
  host.nextOpen = { name: 'account-atlas-backup.zip', bytes: writeBackupZip(file, 'Account Atlas test') }
  return { ...screenApi, ids: { newerHere: newerHere.id, newerInFile: newerInFile.id, onlyInFile: onlyInFile.id, onlyHere: onlyHere.id } }
}

const names = async (screenApi: Awaited<ReturnType<typeof backupAgainstEdits>>) => (await screenApi.db.accounts.toArray()).map((a) => a.name).sort()
const HERE_NOW = ['华东精密', '常州机床', '苏州轴承'].sort()

/** The restore preview of the opened file. */
async function openPreview(screenApi: Awaited<ReturnType<typeof backupAgainstEdits>>) {
  await screenApi.user.click(screen.getByRole('button', { name: 'Import backup…' }))
  return screen.findByRole('dialog', { name: 'Restore this backup?' })
}

/** The cells of one row of the preview, by column heading. */
function previewRow(dialog: HTMLElement, label: string): Record<string, { text: string; loss: boolean }> {
  const table = within(dialog).getByRole('table')
  const headings = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent ?? '')
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!
  const cells = [...row.querySelectorAll('td')]
  return Object.fromEntries(cells.map((td, i) => [headings[i + 1]!, { text: td.textContent ?? '', loss: td.classList.contains('restore-preview__loss') }]))
}

describe('restoring a backup file', () => {
  it('shows what the file would change, record kind by record kind; cancel keeps what is stored', async () => {
    const screenApi = await backupAgainstEdits()
    const dialog = await openPreview(screenApi)
    expect(previewRow(dialog, 'Accounts')).toEqual({
      'In the file': { text: '3', loss: false },
      'Here now': { text: '3', loss: false },
      New: { text: '1', loss: false },
      'Newer in file': { text: '1', loss: false },
      'Newer here': { text: '1', loss: true },
      'Only here': { text: '1', loss: true }
    })
    // Only the kinds of record either side holds are listed.
    expect(within(dialog).queryByRole('rowheader', { name: 'People' })).toBeNull()
    expect(dialog.textContent).toContain('1 record newer here is overwritten, and 1 record only here is removed')
    expect(within(dialog).getByRole('button', { name: 'Merge' })).toBe(document.activeElement)

    const buttons = within(dialog).getAllByRole('button', { name: 'Cancel' })
    await screenApi.user.click(buttons[buttons.length - 1]!)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull())
    expect(await names(screenApi)).toEqual(HERE_NOW)
    expect(screen.queryByText(/Backup restored/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Import backup…' })).toHaveProperty('disabled', false)
  })

  it('merges: adds what is new, takes the file’s newer copy, and keeps the edit made here since', async () => {
    const screenApi = await backupAgainstEdits()
    const dialog = await openPreview(screenApi)
    await screenApi.user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(await screen.findByText(/Backup restored: 1 added, 1 updated, \d+ already up to date\./)).toBeTruthy()
    const { db, ids } = screenApi
    expect((await db.accounts.get(ids.newerHere))?.name).toBe('华东精密')
    expect((await db.accounts.get(ids.newerInFile))?.name).toBe('苏州轴承集团')
    expect((await db.accounts.get(ids.onlyInFile))?.name).toBe('无锡电子')
    expect((await db.accounts.get(ids.onlyHere))?.name).toBe('常州机床')
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull()
  })

  it('replaces only after a second confirmation, then holds exactly the file', async () => {
    const screenApi = await backupAgainstEdits()
    let dialog = await openPreview(screenApi)
    await screenApi.user.click(within(dialog).getByRole('button', { name: 'Replace everything…' }))
    let confirm = await screen.findByRole('dialog', { name: 'Replace everything with the file?' })
    expect(confirm.textContent).toContain('1 record newer here is overwritten and 1 record only here is removed. Undo cannot bring them back.')

    // Stepping back from the question returns to the preview, having changed nothing.
    await screenApi.user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(await names(screenApi)).toEqual(HERE_NOW)

    await screenApi.user.click(within(dialog).getByRole('button', { name: 'Replace everything…' }))
    confirm = await screen.findByRole('dialog', { name: 'Replace everything with the file?' })
    expect(await names(screenApi)).toEqual(HERE_NOW)
    await screenApi.user.click(within(confirm).getByRole('button', { name: 'Replace everything' }))
    expect(await screen.findByText(/Backup restored: 1 added, 2 updated, 0 already up to date\./)).toBeTruthy()
    const { db, ids } = screenApi
    expect((await db.accounts.get(ids.newerHere))?.name).toBe('华东精密（旧）')
    expect((await db.accounts.get(ids.newerInFile))?.name).toBe('苏州轴承集团')
    expect((await db.accounts.get(ids.onlyInFile))?.name).toBe('无锡电子')
    expect(await db.accounts.get(ids.onlyHere)).toBeUndefined()
  })

  it('replaces without asking again when nothing here would be lost', async () => {
    const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    const account = await screenApi.repos.accounts.create(accountDraft({ name: '华东精密' }))
    const { backup } = await screenApi.repos.backup.exportAll()
    await screenApi.db.accounts.delete(account.id)
    screenApi.host.nextOpen = { name: 'backup.zip', bytes: writeBackupZip(backup, 'Account Atlas test') }
    await screenApi.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await screenApi.user.click(within(dialog).getByRole('button', { name: 'Replace everything…' }))
    expect(await screen.findByText(/Backup restored: 1 added/)).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Replace everything with the file?' })).toBeNull()
    expect((await screenApi.db.accounts.get(account.id))?.name).toBe('华东精密')
  })
})

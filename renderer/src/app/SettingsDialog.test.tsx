import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

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

  it('exports every account to a backup file and imports it into another database', async () => {
    const source = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    await source.repos.accounts.create(accountDraft({ name: '华东精密' }))
    await source.user.click(screen.getByRole('button', { name: 'Export backup…' }))
    expect(await screen.findByText('Backup saved')).toBeTruthy()
    const [file] = source.host.saved
    expect(file?.suggestedName).toMatch(/^account-atlas-backup-\d{4}-\d{2}-\d{2}\.json$/)
    source.unmount()

    const target = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    target.host.nextOpen = { name: 'backup.json', text: String(file!.data) }
    await target.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect(await screen.findByText(/Backup imported: 1 added, 0 updated/)).toBeTruthy()
    expect((await target.db.accounts.toArray()).map((a) => a.name)).toEqual(['华东精密'])

    await target.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect(await screen.findByText(/0 added, 0 updated, 1 already up to date/)).toBeTruthy()
  })

  it('refuses a file that is not a backup and imports nothing', async () => {
    const { user, host, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    host.nextOpen = { name: 'notes.json', text: 'not json {' }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON/)

    host.nextOpen = { name: 'other.json', text: '{"hello": 1}' }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not an Account Atlas backup/))

    host.nextOpen = {
      name: 'bad.json',
      text: JSON.stringify({ format: 'account-atlas-backup', version: 2, exportedAt: 1, tables: { accounts: [{ id: 'x', name: 5 }] } })
    }
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Account 1 in the backup is not valid/))
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

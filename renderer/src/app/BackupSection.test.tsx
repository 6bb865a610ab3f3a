import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

/** A backup of one account whose copy is newer than the one stored here, and that stored copy. */
async function olderHereThanInBackup() {
  const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />)
  const account = await screenApi.repos.accounts.create(accountDraft({ name: '华东精密' }))
  const { backup } = await screenApi.repos.backup.exportAll()
  const newer = { ...backup.tables.accounts[0]!, name: '华东精密机械', updatedAt: account.updatedAt + 1000 }
  screenApi.host.nextOpen = { name: 'backup.json', text: JSON.stringify({ ...backup, tables: { ...backup.tables, accounts: [newer] } }) }
  return { ...screenApi, account }
}

describe('importing a backup that would replace stored records', () => {
  it('asks first, naming how many; cancel keeps what is stored', async () => {
    const { user, db, account } = await olderHereThanInBackup()
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Replace records with the backup’s?' })
    expect(dialog.textContent).toContain('1 record stored here is older than its copy in the backup and will be replaced')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Replace records with the backup’s?' })).toBeNull())
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密')
  })

  it('replaces them once the rep confirms', async () => {
    const { user, db, account } = await olderHereThanInBackup()
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Replace records with the backup’s?' })
    await user.click(within(dialog).getByRole('button', { name: 'Import and replace' }))
    expect(await screen.findByText(/Backup imported: 0 added, 1 updated/)).toBeTruthy()
    expect((await db.accounts.get(account.id))?.name).toBe('华东精密机械')
  })
})

import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AccountPageHeader } from '#features/accounts/AccountPageHeader'
import { renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { SyncBadge } from './SyncBadge'

describe('sync badge', () => {
  it('shows nothing at all for an account that is not shared', async () => {
    const { account, db } = await seedAccount()
    renderScreen(<AccountPageHeader account={account} tab="overview" />, { db })
    expect(await screen.findByRole('heading', { name: 'Acme Bearings' })).toBeTruthy()
    expect(screen.queryByTestId('sync-badge')).toBeNull()
    expect(screen.queryByText(/Synced|pending|Offline|Sync off/)).toBeNull()
  })

  it('tells a rep an account is no longer shared with them, with the last sync as its tooltip', async () => {
    const { account, db } = await seedAccount()
    const lastSyncedAt = Date.UTC(2026, 10, 3, 9, 30)
    await db.syncAccounts.put({ accountId: account.id, sharedAt: lastSyncedAt - 1000, lastSyncedAt, pending: 0, refused: 'not-member', clientIds: [] })
    renderScreen(<SyncBadge accountId={account.id} />, { db })
    const badge = await screen.findByText('No longer shared with you')
    expect(badge.getAttribute('title')).toMatch(/^Team sync · last synced .*2026/)
  })

  it('counts the changes waiting while sync is off', async () => {
    const { account, db } = await seedAccount()
    await db.syncAccounts.put({ accountId: account.id, sharedAt: 1, lastSyncedAt: null, pending: 3, refused: null, clientIds: [] })
    renderScreen(<SyncBadge accountId={account.id} />, { db, language: 'zh-CN' })
    const badge = await screen.findByText('同步已关闭 · 3 处更改未发出')
    expect(badge.getAttribute('title')).toBe('团队同步 · 尚未同步')
  })
})

import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories, errorMessage } from '#data'
import { translate } from '#shared/i18n/translate'
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

  it('says on the account’s header that a removed member’s copy is kept read-only, and refuses an edit with that sentence', async () => {
    const { account, db } = await seedAccount()
    await db.syncAccounts.put({ accountId: account.id, sharedAt: 1, lastSyncedAt: 2, pending: 0, refused: 'not-member', clientIds: [] })
    renderScreen(<AccountPageHeader account={account} tab="overview" />, { db, language: 'zh-CN' })
    const banner = await screen.findByTestId('sync-read-only')
    expect(banner.textContent).toContain('只读：此客户已不再与你共享')
    expect(banner.textContent).toContain('你的副本原样保留在这台电脑上')
    const refused = await createRepositories(db).accounts.update(account.id, { ...account, name: 'Renamed' }).catch((error: unknown) => error)
    expect(errorMessage((key, params) => translate('zh-CN', key, params), refused)).toBe('此客户已不再与你共享，你的副本只读，改动没有保存')
    expect((await db.accounts.get(account.id))?.name).toBe('Acme Bearings')
  })

  it('says on the account’s header that a damaged copy was rebuilt from the server, until the rep dismisses it', async () => {
    const { account, db } = await seedAccount()
    const lostSince = Date.UTC(2026, 10, 3, 9, 30)
    await db.syncAccounts.put({ accountId: account.id, sharedAt: 1, lastSyncedAt: lostSince, pending: 0, refused: null, clientIds: [], rebuilt: { at: lostSince + 86_400_000, lostSince } })
    renderScreen(<AccountPageHeader account={account} tab="overview" />, { db, language: 'zh-CN' })
    const banner = await screen.findByTestId('sync-rebuilt')
    expect(banner.textContent).toContain('此客户在本机的副本已损坏，已按团队服务器上的数据重建')
    expect(banner.textContent).toMatch(/上次同步（2026.*）之后在本机所做、尚未发到团队服务器的更改无法恢复/)
    fireEvent.click(within(banner).getByRole('button', { name: '知道了' }))
    await waitFor(() => expect(screen.queryByTestId('sync-rebuilt')).toBeNull())
    await waitFor(async () => expect((await db.syncAccounts.get(account.id))?.rebuilt).toBeNull())
  })

  it('counts the changes waiting while sync is off', async () => {
    const { account, db } = await seedAccount()
    await db.syncAccounts.put({ accountId: account.id, sharedAt: 1, lastSyncedAt: null, pending: 3, refused: null, clientIds: [] })
    renderScreen(<SyncBadge accountId={account.id} />, { db, language: 'zh-CN' })
    const badge = await screen.findByText('同步已关闭 · 3 处更改未发出')
    expect(badge.getAttribute('title')).toBe('团队同步 · 尚未同步')
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp, renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { TeamShareDialog } from './TeamShareDialog'

describe('Share with team', () => {
  it('without team sync set up says so, shares nothing, and offers to open Settings', async () => {
    const { account, db } = await seedAccount()
    const onClose = vi.fn()
    const onOpenSettings = vi.fn()
    const { user } = renderScreen(<TeamShareDialog account={account} onClose={onClose} onOpenSettings={onOpenSettings} />, { db })
    const dialog = screen.getByRole('dialog', { name: 'Share Acme Bearings with your team' })
    expect(within(dialog).getByText(/Team sync is not set up on this computer yet/)).toBeTruthy()
    expect(within(dialog).getByText(/Private notes about people/)).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: 'Share' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Open Settings' }))
    expect(onClose).toHaveBeenCalled()
    expect(onOpenSettings).toHaveBeenCalled()
    expect(await db.syncAccounts.count()).toBe(0)
  })

  it('from the account header opens Settings at the Team section', async () => {
    const { account, db } = await seedAccount()
    const { user } = renderApp({ db, route: { name: 'account', id: account.id, tab: 'overview' }, language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '与团队共享' }))
    const dialog = screen.getByRole('dialog', { name: '与团队共享 Acme Bearings' })
    expect(within(dialog).getByText(/这台电脑还没有设置团队同步/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: '打开设置' }))
    await screen.findByRole('dialog', { name: '设置' })
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('服务器地址')))
    expect(screen.queryByRole('dialog', { name: '与团队共享 Acme Bearings' })).toBeNull()
  })
})

describe('Share with team, with sync on', () => {
  const TOKEN = `atl_${'a1B2-c3_D4'.repeat(4)}xyz`
  const people = { me: { id: 'wang', name: '王伟' }, li: { id: 'li', name: '李娜' }, zhao: { id: 'zhao', name: '赵强' } }

  /** A team server answering the HTTP API from memory; the WebSocket goes to a closed loopback port. */
  function fakeServer() {
    let members: Array<{ user: { id: string; name: string }; role: 'owner' | 'member' }> = []
    const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
    return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input)
      const method = init?.method ?? 'GET'
      if (url.pathname === '/api/me') return answer({ user: people.me, accounts: [] })
      if (url.pathname === '/api/users') return answer({ users: Object.values(people) })
      if (url.pathname.endsWith('/share')) {
        members = [{ user: people.me, role: 'owner' }]
        return answer({ members })
      }
      const one = /\/members\/([^/]+)$/.exec(url.pathname)
      if (one && method === 'PUT') members = [...members, { user: Object.values(people).find((p) => p.id === one[1])!, role: 'member' }]
      if (one && method === 'DELETE') members = members.filter((m) => m.user.id !== one[1])
      return answer({ members })
    })
  }

  it('shares the account, lists its members, adds a colleague and removes one after asking', async () => {
    const { account, db } = await seedAccount({ name: '华东精密' })
    await db.syncConfig.put({ key: 'team', value: { serverUrl: 'http://127.0.0.1:9', token: TOKEN, enabled: true } })
    vi.stubGlobal('fetch', fakeServer())
    try {
      const { user } = renderScreen(<TeamShareDialog account={account} onClose={() => undefined} />, { db })
      const dialog = screen.getByRole('dialog', { name: 'Share 华东精密 with your team' })
      await user.click(await within(dialog).findByRole('button', { name: 'Share' }))

      const list = await within(dialog).findByRole('list')
      expect(within(list).getByText('王伟').closest('li')!.textContent).toContain('Owner')
      expect(within(list).getByText('(you)')).toBeTruthy()
      expect(within(list).queryByRole('button', { name: /Remove/ })).toBeNull()

      // The picker offers only colleagues who are not members yet.
      const picker = within(dialog).getByLabelText('Add member')
      expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a colleague…', '李娜', '赵强'])
      await user.selectOptions(picker, 'li')
      await user.click(within(dialog).getByRole('button', { name: 'Add' }))
      await within(list).findByText('李娜')
      expect(within(within(dialog).getByLabelText('Add member')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a colleague…', '赵强'])

      await user.click(within(list).getByRole('button', { name: 'Remove 李娜' }))
      const confirm = screen.getByRole('dialog', { name: 'Remove 李娜 from this account?' })
      await user.click(within(confirm).getByRole('button', { name: 'Remove' }))
      await waitFor(() => expect(within(list).queryByText('李娜')).toBeNull())
      expect(await db.syncAccounts.get(account.id)).toBeTruthy()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

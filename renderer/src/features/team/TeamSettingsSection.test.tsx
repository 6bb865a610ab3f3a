import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SettingsDialog } from '#app/SettingsDialog'
import { renderScreen } from '#testing/renderScreen'

const TOKEN = `atl_${'a1B2-c3_D4'.repeat(4)}xyz`
const team = () => screen.getByTestId('team-settings')

describe('Settings → Team', () => {
  it('refuses a bad address and a bad token with a sentence beside each field, and saves nothing', async () => {
    const { user, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    const section = within(team())
    await user.type(section.getByLabelText('Server address'), 'atlas.example.com')
    await user.type(section.getByLabelText('Personal token'), 'atl_short')
    await user.click(section.getByRole('switch', { name: 'Sync with my team' }))

    expect(section.getByLabelText('Server address').getAttribute('aria-invalid')).toBe('true')
    expect(section.getByText('Enter the full address of the team server, starting with https:// (http:// only for a server on this computer).')).toBeTruthy()
    expect(section.getByText(/This token is incomplete/)).toBeTruthy()
    expect((section.getByRole('switch', { name: 'Sync with my team' }) as HTMLInputElement).checked).toBe(false)
    expect(await db.syncConfig.count()).toBe(0)
    expect(section.queryByTestId('team-connection')).toBeNull()
  })

  it('says the field problems in Chinese too', async () => {
    const { user } = renderScreen(<SettingsDialog open onClose={() => undefined} />, { language: 'zh-CN' })
    const section = within(team())
    await user.type(section.getByLabelText('服务器地址'), 'ftp://atlas')
    await user.click(section.getByRole('button', { name: '检查连接' }))
    expect(section.getByText('请填写团队服务器的完整地址，以 https:// 开头（只有本机上的服务器可以用 http://）。')).toBeTruthy()
    expect(section.getByText(/令牌不完整/)).toBeTruthy()
  })

  it('saves a valid address and token with sync off: state off, token masked, nothing connects', async () => {
    const { user, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    const section = within(team())
    const tokenField = section.getByLabelText('Personal token') as HTMLInputElement
    expect(tokenField.type).toBe('password')
    await user.type(section.getByLabelText('Server address'), 'https://atlas.example.com')
    await user.type(tokenField, TOKEN)
    await user.click(section.getByRole('button', { name: 'Show token' }))
    expect(tokenField.type).toBe('text')
    await user.click(section.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(section.getByTestId('team-connection').textContent).toBe('Off'))
    expect(section.getByText('Not synced yet')).toBeTruthy()
    expect((section.getByRole('switch', { name: 'Sync with my team' }) as HTMLInputElement).checked).toBe(false)
    expect(section.getByText('While off, nothing leaves this computer.')).toBeTruthy()
    // The saved token is never shown again: the field is empty, masked, and names only its last characters.
    expect(tokenField.value).toBe('')
    expect(tokenField.type).toBe('password')
    expect(team().textContent).not.toContain(TOKEN)
    expect(section.getByText(`A token ending in ${TOKEN.slice(-4)} is saved. Leave this empty to keep it, or paste a new one to replace it.`)).toBeTruthy()
    expect(section.queryByRole('button', { name: 'Disconnect' })).toBeNull()

    const saved = await db.syncConfig.toArray()
    expect(saved.map((row) => row.value)).toEqual([{ serverUrl: 'https://atlas.example.com', token: TOKEN, enabled: false }])
  })

  it('forgets the server and the token on request, after asking, and keeps the shared accounts', async () => {
    const { user, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
    const section = within(team())
    await user.type(section.getByLabelText('Server address'), 'https://atlas.example.com')
    await user.type(section.getByLabelText('Personal token'), TOKEN)
    await user.click(section.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(section.getByTestId('team-connection').textContent).toBe('Off'))
    await db.syncAccounts.put({ accountId: crypto.randomUUID(), sharedAt: 1, lastSyncedAt: null, pending: 0, refused: null, clientIds: [] })

    await user.click(section.getByRole('button', { name: 'Forget server and token' }))
    const ask = await screen.findByRole('dialog', { name: 'Remove the team server and your token from this computer?' })
    await user.click(within(ask).getByRole('button', { name: 'Forget server and token' }))

    expect(await screen.findByText('The team server and your token are no longer on this computer.')).toBeTruthy()
    expect(await db.syncConfig.count()).toBe(0)
    expect(await db.syncAccounts.count()).toBe(1)
    expect((section.getByLabelText('Server address') as HTMLInputElement).value).toBe('')
    expect(section.queryByTestId('team-connection')).toBeNull()
  })

  it.each([
    ['nothing answers', () => Promise.reject(new TypeError('Failed to fetch')), 'Cannot reach a server at that address. Check the address and your network, then try again.'],
    ['a web page answers', async () => new Response('<html>Welcome</html>', { status: 200 }), 'The address does not look like an Account Atlas team server. Check it with your admin.'],
    ['the token is refused', async () => new Response('{"error":"unauthorized"}', { status: 401 }), 'The server does not recognise this token. Ask your admin for a new one.'],
    ['the server knows the token', async () => new Response('{"user":{"id":"wang","name":"王伟"},"accounts":[]}', { status: 200 }), 'Connected as 王伟.']
  ])('checking the connection when %s says so in a sentence, and saves nothing', async (_, answer, sentence) => {
    vi.stubGlobal('fetch', vi.fn(answer))
    try {
      const { user, db } = renderScreen(<SettingsDialog open onClose={() => undefined} />)
      const section = within(team())
      await user.type(section.getByLabelText('Server address'), 'https://atlas.example.com')
      await user.type(section.getByLabelText('Personal token'), TOKEN)
      await user.click(section.getByRole('button', { name: 'Check connection' }))
      expect((await section.findByRole('status')).textContent).toBe(sentence)
      expect(await db.syncConfig.count()).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

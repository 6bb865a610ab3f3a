import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { accountDraft } from '#data/testSupport'
import { fakeHost } from '#testing/fakeHost'
import { loadTabs, renderApp } from '#testing/renderScreen'

beforeAll(() => loadTabs('overview', 'visits'), 120_000)

describe('the app shell', () => {
  it('creates the first account from the empty list and lists it afterwards', async () => {
    const { user, db, hash } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Create your first account' }))
    expect(await screen.findByRole('heading', { name: 'New account' })).toBeTruthy()

    await user.type(screen.getByLabelText(/Company name/), '华东精密')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Account created')).toBeTruthy()
    const [stored] = await db.accounts.toArray()
    expect(stored?.name).toBe('华东精密')
    await waitFor(() => expect(hash()).toBe(`#/accounts/${stored!.id}`))

    await user.click(within(await screen.findByRole('navigation', { name: 'Account sections' })).getByRole('link', { name: 'Visits' }))
    await waitFor(() => expect(hash()).toBe(`#/accounts/${stored!.id}/visits`))

    await user.click(screen.getAllByRole('button', { name: 'Accounts' })[0]!)
    expect(await screen.findByRole('link', { name: '华东精密' })).toBeTruthy()
    expect(screen.getByText('1 account')).toBeTruthy()
  })

  it('asks before leaving a form with unsaved changes', async () => {
    const { user, hash } = renderApp({ route: { name: 'newAccount' } })
    await user.type(await screen.findByLabelText(/Company name/), 'Half typed')
    await user.click(screen.getAllByRole('button', { name: 'Accounts' })[0]!)

    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByLabelText<HTMLInputElement>(/Company name/).value).toBe('Half typed')
    expect(hash()).toBe('#/accounts/new')

    await user.click(screen.getAllByRole('button', { name: 'Accounts' })[0]!)
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard' }))
    expect(await screen.findByText('No accounts yet')).toBeTruthy()
  })

  it('follows the native menu: settings, about, language and new account', async () => {
    const host = fakeHost('electron')
    const { user, hash } = renderApp({ host })
    await screen.findByText('No accounts yet')

    host.menu('showAbout')
    const about = await screen.findByRole('dialog', { name: 'About Account Atlas' })
    expect(await within(about).findByText('9.9.9')).toBeTruthy()
    expect(within(about).getByText('Desktop app')).toBeTruthy()
    await user.click(within(about).getByRole('button', { name: 'Close' }))

    host.menu('openSettings')
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy()
    await user.keyboard('{Escape}')

    host.menu('useChinese')
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'))
    expect(host.setLanguage).toHaveBeenLastCalledWith('zh-CN')
    host.menu('useEnglish')
    expect(await screen.findByText('No accounts yet')).toBeTruthy()

    host.menu('newAccount')
    await waitFor(() => expect(hash()).toBe('#/accounts/new'))
  })

  it('opens search with Ctrl+K and goes to the account found', async () => {
    const { user, repos, hash } = renderApp()
    const account = await repos.accounts.create(accountDraft({ name: 'Zenith Gears' }))
    await screen.findByRole('link', { name: 'Zenith Gears' })

    await user.keyboard('{Control>}k{/Control}')
    const search = await screen.findByRole('dialog', { name: 'Search everything' })
    await user.type(within(search).getByRole('combobox'), 'zenith')
    expect(await within(search).findByRole('option', { name: /Zenith Gears/ })).toBeTruthy()
    await user.keyboard('{Enter}')

    await waitFor(() => expect(hash()).toBe(`#/accounts/${account.id}`))
    expect(screen.queryByRole('dialog', { name: 'Search everything' })).toBeNull()
  })

  it('marks the browser edition in the sidebar and explains it in About', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByTestId('edition-marker'))
    const about = await screen.findByRole('dialog', { name: 'About Account Atlas' })
    expect(await within(about).findByText('What differs from the desktop app')).toBeTruthy()
  })
})

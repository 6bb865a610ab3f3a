import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { COMMANDS } from './commands'

beforeAll(() => loadTabs('overview', 'stakeholders', 'visits'), 120_000)

const focused = () => document.activeElement as HTMLElement | null

async function openList(language: 'en' | 'zh-CN' = 'en') {
  const seeded = await seedAccount({})
  const rendered = renderApp({ db: seeded.db, language })
  await screen.findByRole('link', { name: seeded.account.name })
  return { ...seeded, ...rendered }
}

describe('the command palette', () => {
  it('opens on Ctrl+Shift+P, filters as you type, runs the chosen command with Enter, and lands in its first field', async () => {
    const { user, hash } = await openList()
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}')
    const palette = await screen.findByRole('dialog', { name: 'Command palette' })
    const options = () => within(palette).getAllByRole('option').map((o) => o.textContent)
    // Account commands are not offered on the account list.
    expect(options().some((o) => o?.startsWith('Add a person'))).toBe(false)
    expect(options().some((o) => o?.startsWith('New account'))).toBe(true)

    await user.keyboard('new acc')
    expect(options()[0]).toMatch(/^New account/)
    expect(options()[0]).toContain('Ctrl')
    await user.keyboard('{Enter}')

    await waitFor(() => expect(hash()).toBe('#/accounts/new'))
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText(/Company name/)))
  })

  it('chooses with the arrow keys, and Esc closes it with focus back where it was', async () => {
    const { user } = await openList('zh-CN')
    const settings = await screen.findByRole('button', { name: '设置' })
    settings.focus()
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}')
    const palette = await screen.findByRole('dialog', { name: '命令面板' })
    await user.keyboard('主题')
    const options = within(palette).getAllByRole('option')
    expect(options.map((o) => o.textContent?.replace(/(偏好与数据).*$/, ''))).toEqual(['使用浅色主题', '使用深色主题'])
    expect(options[0]!.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowDown}')
    expect(options[1]!.getAttribute('aria-selected')).toBe('true')

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: '命令面板' })).toBeNull()
    expect(focused()).toBe(settings)
    expect(document.documentElement.getAttribute('data-theme')).toBeNull()
  })

  it('is one `>` away from search (Ctrl+K)', async () => {
    const { user } = await openList()
    await user.keyboard('{Control>}k{/Control}')
    await screen.findByRole('dialog', { name: 'Search everything' })
    await user.keyboard('>dark')
    const palette = await screen.findByRole('dialog', { name: 'Command palette' })
    expect(screen.queryByRole('dialog', { name: 'Search everything' })).toBeNull()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    expect(palette.isConnected).toBe(false)
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
  })

  it('lists the same table, grouped, on `?` outside text fields and on F1', async () => {
    const { user } = await openList()
    await user.keyboard('?')
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(sheet).getAllByTestId('shortcut-row')).toHaveLength(COMMANDS.length)
    expect(within(sheet).getByRole('heading', { name: 'Account sections' })).toBeTruthy()
    const row = within(sheet).getAllByTestId('shortcut-row').find((r) => r.dataset.command === 'search.open')!
    expect(row.textContent).toBe('Search everythingCtrlK')
    await user.keyboard('{Escape}')

    // Typing `?` into a field is just text.
    await user.type(screen.getByLabelText('Filter by name'), 'what?')
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull()
    await user.keyboard('{F1}')
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy()
  })
})

describe('focus where the rep looks', () => {
  async function openAccount(tab: 'overview' | 'stakeholders' | 'visits') {
    const seeded = await seedAccount({ stage: 'negotiate' })
    await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', title: 'GM', roles: ['decisionMaker'] }))
    const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab } })
    return { ...seeded, ...rendered }
  }

  it('puts the caret in a new person’s name; Ctrl+S saves the person and focus stays in the form', async () => {
    const { user, db, account } = await openAccount('stakeholders')
    await user.click(await screen.findByRole('button', { name: 'Add person' }))
    const name = await screen.findByLabelText(/^Name/)
    expect(focused()).toBe(name)
    await user.keyboard('Zhao Lei{Control>}s{/Control}')
    expect(await screen.findByText('Zhao Lei added')).toBeTruthy()
    const stored = (await db.stakeholders.where('accountId').equals(account.id).toArray()).map((p) => p.name)
    expect(stored).toContain('Zhao Lei')
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Edit Zhao Lei' })).toBeTruthy())
    expect(focused()).not.toBe(document.body)
    expect(screen.getByTestId('stakeholder-editor').contains(focused())).toBe(true)

    // Esc closes the panel; the page heading holds focus.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByTestId('stakeholder-editor')).toBeNull())
    await waitFor(() => expect(focused()?.id).toBe('account-title'))
  })

  it('gives the tab’s heading focus after a tab switch, and the add-person shortcut works from another tab', async () => {
    const { user, account } = await openAccount('overview')
    const tabs = await screen.findByRole('navigation', { name: 'Account sections' })
    await user.click(within(tabs).getByRole('link', { name: 'Visits' }))
    await waitFor(() => expect(focused()?.dataset.tab).toBe('visits'))
    expect(focused()).toBe(screen.getByRole('heading', { level: 1, name: account.name }))

    await user.keyboard('{Control>}{Shift>}U{/Shift}{/Control}')
    const name = await screen.findByLabelText(/^Name/)
    await waitFor(() => expect(focused()).toBe(name))
  })

  it('opens the visit dialog on its first field from the log-visit shortcut, and Ctrl+S in it saves the visit', async () => {
    const { user, db } = await openAccount('visits')
    await screen.findByRole('heading', { level: 1 })
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'Log visit' })
    expect(focused()).toBe(within(dialog).getByLabelText(/^Kind/))
    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log visit' })).toBeNull())
    expect(await db.visits.count()).toBe(1)
  })

  it('puts the caret in a question line as soon as it is added to a planned visit', async () => {
    const { user } = await openAccount('visits')
    await screen.findByRole('heading', { level: 1 })
    await user.keyboard('{Control>}{Shift>}Y{/Shift}{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'Plan visit' })
    await user.click(within(dialog).getByRole('button', { name: 'Add question' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add question' }))
    const lines = within(dialog).getAllByTestId('visit-question')
    expect(lines).toHaveLength(2)
    expect(focused()).toBe(within(lines[1]!).getByRole('textbox'))
  })

  it('puts the caret in a follow-up task as soon as it is added to a logged visit', async () => {
    const { user } = await openAccount('visits')
    await screen.findByRole('heading', { level: 1 })
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'Log visit' })
    await user.click(within(dialog).getByRole('button', { name: 'Add task' }))
    const [line] = within(dialog).getAllByTestId('visit-task')
    expect(focused()).toBe(within(line!).getAllByRole('textbox')[0])
  })
})

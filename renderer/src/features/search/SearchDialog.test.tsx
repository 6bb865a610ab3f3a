import { screen, waitFor, within } from '@testing-library/react'
import { useState, type ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { standInClientFor } from '#data/search/searchClient'
import { stakeholderDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { SearchDialog } from './SearchDialog'

/** The dialog as the shell holds it: closed by choosing a hit, opened again by a button. */
function Reopenable() {
  const [open, setOpen] = useState(true)
  return (
    <>
      <button onClick={() => setOpen(true)}>Reopen</button>
      <SearchDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}

async function openSearch(ui?: ReactElement) {
  const seeded = await seedAccount({ name: 'Acme Bearings' })
  const person = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', title: 'Plant manager' }))
  const onClose = vi.fn()
  const rendered = renderScreen(ui ?? <SearchDialog open onClose={onClose} />, { db: seeded.db })
  const box = within(screen.getByRole('dialog', { name: 'Search everything' })).getByRole('combobox')
  return { ...seeded, ...rendered, onClose, box, person }
}

describe('SearchDialog', () => {
  it('finds a person and opens their account on the stakeholders tab', async () => {
    const { user, box, onClose, account, hash } = await openSearch()
    await user.type(box, 'plant manager')
    const hit = await screen.findByRole('option', { name: /Wang Fang/ })
    expect(screen.getByRole('group', { name: 'People' }).contains(hit)).toBe(true)
    expect(hit.textContent).toContain('Acme Bearings')
    await user.click(hit)
    expect(onClose).toHaveBeenCalled()
    expect(hash()).toBe(`#/accounts/${account.id}/stakeholders`)
  })

  it('moves through the results with the arrow keys and opens the chosen one with Enter', async () => {
    const { user, box, account, repos, hash } = await openSearch()
    await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Wang Lei', title: 'Buyer' }))
    await user.type(box, 'wang')
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1))
    const options = screen.getAllByRole('option')
    expect(options[0]!.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowDown}')
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true')
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id)
    await user.keyboard('{ArrowUp}{Enter}')
    expect(hash()).toBe(`#/accounts/${account.id}/stakeholders`)
  })

  it('groups the hits by kind, each under its heading, and moves across the groups with the arrow keys', async () => {
    const { user, box, account, repos } = await openSearch()
    await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Acme contact', title: 'Buyer' }))
    await user.type(box, 'acme')
    const accounts = await screen.findByRole('group', { name: 'Accounts' })
    const people = screen.getByRole('group', { name: 'People' })
    expect(within(accounts).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Acme Bearings')])
    expect(within(people).getByRole('option').textContent).toContain('Acme contact')
    await user.keyboard('{ArrowDown}')
    expect(within(people).getByRole('option').getAttribute('aria-selected')).toBe('true')
  })

  it('marks the characters of a Chinese name a pinyin query matched', async () => {
    const { user, box, account, repos } = await openSearch()
    await repos.stakeholders.create(stakeholderDraft(account.id, { name: '孙海燕', title: '设备科' }))
    await user.type(box, 'sunhai')
    const hit = await screen.findByRole('option', { name: /孙海燕/ })
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['孙海'])
  })

  it('shows an edit made while it is open in the results it already shows', async () => {
    const { user, box, repos, person } = await openSearch()
    await user.type(box, 'plant')
    await screen.findByRole('option', { name: /Wang Fang/ })
    await repos.stakeholders.update(person.id, { ...person, title: 'Site director' })
    await waitFor(() => expect(screen.queryByRole('option', { name: /Wang Fang/ })).toBeNull())
    await user.clear(box)
    await user.type(box, 'site dir')
    expect(await screen.findByRole('option', { name: /Wang Fang/ })).toBeTruthy()
  })

  it('offers recent searches and recently opened records when the box is empty', async () => {
    const { user, box, account, hash } = await openSearch(<Reopenable />)
    await user.type(box, 'plant')
    await user.click(await screen.findByRole('option', { name: /Wang Fang/ }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await user.click(screen.getByRole('button', { name: 'Reopen' }))
    const recent = await screen.findByRole('listbox', { name: 'Recently opened' })
    expect(within(recent).getByRole('option').textContent).toContain('Wang Fang')
    await user.click(within(screen.getByRole('group', { name: 'Recent searches' })).getByRole('button', { name: 'plant' }))
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'plant')
    await user.clear(screen.getByRole('combobox'))
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.queryByRole('listbox', { name: 'Recently opened' })).toBeNull()
    expect(hash()).toBe(`#/accounts/${account.id}/stakeholders`)
  })

  it('keeps the chosen row chosen when fresh results arrive after an edit', async () => {
    const { user, box, account, repos } = await openSearch()
    const lei = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Wang Lei', title: 'Buyer' }))
    await user.type(box, 'wang')
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2))
    const nameOf = (option: HTMLElement | undefined) => option?.querySelector('.search__hit-title')?.textContent
    expect(screen.getAllByRole('option').map(nameOf)).toEqual(['Wang Lei', 'Wang Fang'])
    await user.keyboard('{ArrowDown}')
    // An edit to the first row's person: the list is asked again and comes back in the same order.
    await repos.stakeholders.update(lei.id, { ...lei, title: 'Senior buyer' })
    await screen.findByText(/^Senior buyer/)
    expect(nameOf(screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true'))).toBe('Wang Fang')
  })

  it('says so in a sentence when search cannot answer at all', async () => {
    const seeded = await seedAccount({ name: 'Acme Bearings' })
    standInClientFor(seeded.db, { query: () => Promise.reject(new Error('chunk failed to load')), onChange: () => () => undefined })
    const { user } = renderScreen(<SearchDialog open onClose={() => undefined} />, { db: seeded.db })
    await user.type(screen.getByRole('combobox'), 'acme')
    expect((await screen.findByRole('alert')).textContent).toBe('Search could not start. Type again to retry, or restart Account Atlas; your data is safe.')
  })

  it('says when nothing matches', async () => {
    const { user, box } = await openSearch()
    await user.type(box, 'zzzz')
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeTruthy()
    expect(screen.queryByRole('option')).toBeNull()
  })
})

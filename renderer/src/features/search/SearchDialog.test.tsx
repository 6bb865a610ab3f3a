import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { SearchDialog } from './SearchDialog'

async function openSearch() {
  const seeded = await seedAccount({ name: 'Acme Bearings' })
  await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', title: 'Plant manager' }))
  const onClose = vi.fn()
  const rendered = renderScreen(<SearchDialog open onClose={onClose} />, { db: seeded.db })
  const box = within(screen.getByRole('dialog', { name: 'Search everything' })).getByRole('combobox')
  return { ...seeded, ...rendered, onClose, box }
}

describe('SearchDialog', () => {
  it('finds a person and opens their account on the stakeholders tab', async () => {
    const { user, box, onClose, account, hash } = await openSearch()
    await user.type(box, 'plant manager')
    const hit = await screen.findByRole('option', { name: /Wang Fang/ })
    expect(hit.textContent).toContain('Person')
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

  it('says when nothing matches', async () => {
    const { user, box } = await openSearch()
    await user.type(box, 'zzzz')
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeTruthy()
    expect(screen.queryByRole('option')).toBeNull()
  })
})

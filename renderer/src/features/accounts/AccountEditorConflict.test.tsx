import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AtlasDb, createRepositories } from '#data'
import { accountDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'

beforeAll(() => loadTabs('overview'), 120_000)

const others: AtlasDb[] = []
afterEach(() => {
  for (const db of others.splice(0)) db.close()
})

/** The same database opened by another window, with its own repositories. */
function otherWindow(db: AtlasDb) {
  const other = new AtlasDb(db.name)
  others.push(other)
  return createRepositories(other)
}

async function openDetails() {
  const app = renderApp()
  const account = await app.repos.accounts.create(accountDraft({ name: 'Acme', industry: 'Bearings' }))
  app.go({ name: 'account', id: account.id })
  await app.user.click(await screen.findByRole('button', { name: 'Edit details' }))
  const industry = await screen.findByLabelText<HTMLInputElement>('Industry')
  return { ...app, account, industry, other: otherWindow(app.db) }
}

describe('the account form and a save from another window', () => {
  it('takes the other window’s save into a form with no edits', async () => {
    const { account, industry, other } = await openDetails()
    await other.accounts.update(account.id, accountDraft({ name: 'Acme', industry: 'Gearboxes' }))
    await waitFor(() => expect(industry.value).toBe('Gearboxes'))
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveProperty('disabled', true)
    expect(screen.queryByTestId('conflict-banner')).toBeNull()
  })

  it('with edits here: refuses to overwrite, keeps the edits, and saves them over the other only on “Keep mine”', async () => {
    const { user, db, account, industry, other } = await openDetails()
    await user.clear(industry)
    await user.type(industry, 'Pumps')
    await other.accounts.update(account.id, accountDraft({ name: 'Acme Holdings', industry: 'Bearings' }))

    const banner = await screen.findByTestId('conflict-banner')
    expect(banner.textContent).toContain('Changed elsewhere')
    expect(industry.value).toBe('Pumps')
    // Saving anyway is refused: the other window's save stays.
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(async () => expect((await db.accounts.get(account.id))?.name).toBe('Acme Holdings'))
    expect(industry.value).toBe('Pumps')

    await user.click(within(banner).getByRole('button', { name: 'Keep mine' }))
    await waitFor(async () => expect((await db.accounts.get(account.id))?.industry).toBe('Pumps'))
    expect(screen.queryByTestId('conflict-banner')).toBeNull()
  })

  it('“Reload” takes the other window’s version and drops the edits here', async () => {
    const { user, db, account, industry, other } = await openDetails()
    await user.clear(industry)
    await user.type(industry, 'Pumps')
    await other.accounts.update(account.id, accountDraft({ name: 'Acme', industry: 'Valves' }))
    await user.click(within(await screen.findByTestId('conflict-banner')).getByRole('button', { name: 'Reload' }))
    await waitFor(() => expect(industry.value).toBe('Valves'))
    expect(screen.queryByTestId('conflict-banner')).toBeNull()
    expect((await db.accounts.get(account.id))?.industry).toBe('Valves')
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '#data'
import { accountDraft, freshDb } from '#data/testSupport'
import { renderApp } from '#testing/renderScreen'

async function openAccount() {
  const db = freshDb()
  const account = await createRepositories(db).accounts.create(accountDraft({ name: 'Acme Bearings', orgGrade: 'A', stage: 'discover' }))
  const app = renderApp({ db, route: { name: 'account', id: account.id } })
  await app.user.click(await screen.findByRole('button', { name: 'Edit details' }))
  await screen.findByLabelText('Buyer grade')
  return { ...app, account }
}

describe('account page: visit rhythm and stage history', () => {
  it('shows the rhythm that results from the grades or the override, and saves buyer grade and override', async () => {
    const { user, db, account } = await openAccount()
    const cadence = () => screen.getByTestId('account-cadence').textContent
    // The account's live query may deliver the record again while the page settles; wait for each rhythm.
    await waitFor(() => expect(cadence()).toBe('Every 7 days (from organisation grade A)'))

    await user.selectOptions(screen.getByLabelText('Buyer grade'), 'O')
    await waitFor(() => expect(cadence()).toBe('Every 3 days (from buyer grade O)'))
    await user.type(screen.getByLabelText('Visit every (days)'), '10')
    await waitFor(() => expect(cadence()).toBe('Every 10 days (your own setting)'))
    expect(screen.getByText('Leave empty to follow positioning and grades.')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Changes saved')).toBeTruthy()
    expect(await db.accounts.get(account.id)).toMatchObject({ buyerGrade: 'O', cadenceOverrideDays: 10 })
  })

  it('refuses an override outside 1–365 days and saves nothing', async () => {
    const { user, db, account } = await openAccount()
    await user.type(screen.getByLabelText('Visit every (days)'), '400')
    expect(screen.queryByTestId('account-cadence')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Please fix the highlighted fields. Nothing has been saved yet.')).toBeTruthy()
    expect((await db.accounts.get(account.id))?.cadenceOverrideDays).toBeNull()
  })

  it('adds a stage change to the timeline, newest first and marked current', async () => {
    const { user } = await openAccount()
    expect(within(screen.getByTestId('stage-timeline')).getAllByTestId('stage-timeline-item')).toHaveLength(1)
    await user.selectOptions(screen.getByLabelText('Pipeline stage'), 'negotiate')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Changes saved')).toBeTruthy()
    // The timeline is a live query: it already shows one item, so wait for the second rather than take the first answer.
    await waitFor(() => expect(within(screen.getByTestId('stage-timeline')).getAllByTestId('stage-timeline-item')).toHaveLength(2))
    const items = within(screen.getByTestId('stage-timeline')).getAllByTestId('stage-timeline-item')
    expect(items.map((i) => i.textContent)).toEqual([expect.stringMatching(/^NegotiateCurrententered .* · 0 days$/), expect.stringMatching(/^Discover opportunityentered/)])
    expect(items[0]!.getAttribute('aria-current')).toBe('step')
  })
})

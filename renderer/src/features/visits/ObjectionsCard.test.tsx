import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '#data'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { renderApp } from '#testing/renderScreen'

const VISIT_DAY = new Date(2026, 2, 5, 12).getTime()

async function openObjections() {
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: 'Acme Bearings' }))
  const person = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Li Na', title: 'Head of purchasing' }))
  await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Zhao Gong', title: 'Engineer' }))
  const visit = await repos.visits.create({
    accountId: account.id, kind: 'firstVisit', status: 'done', date: VISIT_DAY, time: null,
    objective: 'Introduce the range', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: []
  })
  const app = renderApp({ db, route: { name: 'account', id: account.id, tab: 'visits' } })
  await app.user.click(await screen.findByRole('button', { name: 'Add objection' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add objection' })
  return { ...app, repos, account, person, visit, dialog }
}

describe('objections card', () => {
  it('saves who raised the objection and at which visit, and the list says so', async () => {
    const { user, db, dialog, person, visit } = await openObjections()
    await user.type(within(dialog).getByLabelText(/What they said/), 'Your price is 8% above SKF')
    await user.selectOptions(within(dialog).getByLabelText('Raised by'), 'Li Na · Head of purchasing')
    await user.selectOptions(within(dialog).getByLabelText('Raised at'), within(dialog).getByRole('option', { name: /First visit/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const [stored] = await db.objections.toArray()
    expect(stored).toMatchObject({ raisedById: person.id, visitId: visit.id, status: 'open', resolvedAt: null })
    const provenance = await screen.findByTestId('objection-provenance')
    expect(provenance.textContent).toContain('Raised by Li Na')
    expect(provenance.textContent).toContain('First visit on Mar 5, 2026')
  })

  it('shows the resolution date once resolved', async () => {
    const { user, dialog } = await openObjections()
    await user.type(within(dialog).getByLabelText(/What they said/), 'No budget this quarter')
    await user.click(within(dialog).getByLabelText('Resolved'))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const item = await screen.findByTestId('objection-item')
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.now())
    expect(within(item).getByText(`Resolved ${today}`)).toBeTruthy()
  })

  it('inserts a team answer of the same kind into the prepared answer, and saves and improves library answers', async () => {
    const { user, db, dialog, repos } = await openObjections()
    await repos.objectionAnswers.create({ content: 'price', text: 'Compare the total cost: 30% longer life.' })
    await repos.objectionAnswers.create({ content: 'timing', text: 'Book the slot now, deliver later.' })

    const library = await within(dialog).findByRole('region', { name: 'Team answers: Price' })
    expect(within(library).queryByText('Book the slot now, deliver later.')).toBeNull()
    await user.type(within(dialog).getByLabelText(/What they said/), 'Too expensive')
    await user.click(within(library).getByRole('button', { name: 'Use this answer' }))
    expect(within(dialog).getByLabelText('Prepared answer')).toHaveProperty('value', 'Compare the total cost: 30% longer life.')

    // Improve the library answer in place.
    await user.click(within(library).getByRole('button', { name: 'Improve' }))
    const editor = within(library).getByLabelText('Team answer')
    await user.type(editor, ' Fewer stoppages.')
    await user.click(within(library).getByRole('button', { name: 'Save' }))
    expect(await within(library).findByText('Compare the total cost: 30% longer life. Fewer stoppages.')).toBeTruthy()

    // A new answer written here goes to the library under the objection's kind.
    const answer = within(dialog).getByLabelText('Prepared answer')
    await user.clear(answer)
    await user.type(answer, 'Ask what a breakdown costs them per hour.')
    await user.click(within(library).getByRole('button', { name: 'Save answer to library' }))
    expect(await within(library).findByText('Ask what a breakdown costs them per hour.')).toBeTruthy()
    expect(within(library).getByRole('button', { name: 'Save answer to library' })).toHaveProperty('disabled', true)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const [stored] = await db.objections.toArray()
    expect(stored?.response).toBe('Ask what a breakdown costs them per hour.')
    const texts = (await db.objectionAnswers.toArray()).filter((a) => a.content === 'price').map((a) => a.text).sort()
    expect(texts).toEqual(['Ask what a breakdown costs them per hour.', 'Compare the total cost: 30% longer life. Fewer stoppages.'])
  })
})

// Kept to essentials: the visit form, objections and competitors cards are about to change.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('visits'), 120_000)

async function openVisits(positioning: 'long' | null = null) {
  const seeded = await seedAccount({ positioning })
  const person = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Li Wei' }))
  const screenApi = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'visits' } })
  await screen.findByText('No visits logged yet.')
  return { ...seeded, ...screenApi, person }
}

describe('visits tab', () => {
  it('logs a visit with who was met, shows it and the next revisit, and deletes it with undo', async () => {
    const { user, db, person } = await openVisits('long')
    await user.click(screen.getByRole('button', { name: 'Log visit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Log visit' })
    await user.type(within(dialog).getByLabelText(/^Objective/), 'Technical exchange')
    await user.type(within(dialog).getByLabelText('Outcome'), 'Samples requested')
    await user.click(within(dialog).getByLabelText(/Li Wei/))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    const item = await screen.findByTestId('visit-item')
    expect(item.textContent).toContain('Technical exchange')
    expect(item.textContent).toContain('Samples requested')
    expect(item.textContent).toContain('Li Wei')
    expect(screen.getByTestId('visit-cadence').textContent).toMatch(/Next revisit due .* in 30 days/)
    const [stored] = await db.visits.toArray()
    expect(stored).toMatchObject({ objective: 'Technical exchange', status: 'done', attendeeIds: [person.id] })

    await user.click(within(item).getByRole('button', { name: 'Delete' }))
    // Deleting asks first; cancelling keeps the visit.
    let confirm = await screen.findByRole('dialog', { name: 'Delete this visit?' })
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByTestId('visit-item')).toBeTruthy()
    await user.click(within(screen.getByTestId('visit-item')).getByRole('button', { name: 'Delete' }))
    confirm = await screen.findByRole('dialog', { name: 'Delete this visit?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Visit deleted')).toBeTruthy()
    await waitFor(() => expect(screen.queryByTestId('visit-item')).toBeNull())
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByTestId('visit-item')).toBeTruthy()
    expect(await screen.findByText('Undone: delete visit')).toBeTruthy()
  })

  it('keeps a visit without a valid date out of the database and says so', async () => {
    const { user, db } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Log visit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Log visit' })
    fireEvent.change(within(dialog).getByLabelText(/^Date/), { target: { value: '' } })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Please fix the highlighted fields. Nothing has been saved yet.')).toBeTruthy()
    expect(await db.visits.count()).toBe(0)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('records an objection with its answer, and requires what was said', async () => {
    const { user, db } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Add objection' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add objection' })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy()

    await user.type(within(dialog).getByLabelText(/What they said/), 'Too expensive')
    await user.type(within(dialog).getByLabelText('Prepared answer'), 'Lower total cost')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const item = await screen.findByTestId('objection-item')
    expect(item.textContent).toContain('“Too expensive”')
    expect(item.textContent).toContain('Lower total cost')
    expect(await db.objections.count()).toBe(1)
  })

  it('records a competitor at the account', async () => {
    const { user, db } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Add competitor' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add competitor' })
    await user.type(within(dialog).getByLabelText(/Supplier/), 'Rival Co')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByText('Rival Co')).toBeTruthy()
    expect((await db.competitors.toArray()).map((c) => c.supplier)).toEqual(['Rival Co'])
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '#shared/domain/cadence'
import { extractFindings } from '#shared/domain/dossier'
import { createRepositories } from '#data'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { renderApp } from '#testing/renderScreen'
import { dateInputValue } from './dates'

async function openVisits() {
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: 'Acme Bearings' }))
  const buyer = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Li Na', title: 'Head of purchasing', roles: ['buyer'] }))
  const engineer = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Zhao Gang', title: 'Engineer', roles: ['technicalEvaluator'] }))
  const rendered = renderApp({ db, route: { name: 'account', id: account.id, tab: 'visits' } })
  await screen.findByTestId('visit-cadence')
  return { ...rendered, db, repos, account, buyer, engineer }
}

const day = (offset: number) => dateInputValue(addCalendarDays(Date.now(), offset))

describe('visit dialog', () => {
  it('plans a visit, logs its outcome with an answer and a task, and turns the answer into a dossier finding', async () => {
    const { user, db, buyer, engineer } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Plan visit' }))
    let dialog = await screen.findByRole('dialog', { name: 'Plan visit' })
    expect(within(dialog).queryByLabelText('Outcome')).toBeNull()
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'Plant tour')
    expect(within(dialog).getByText('See the production floor and warehouse; meet the people there.')).toBeTruthy()
    await user.clear(within(dialog).getByLabelText(/^Date/))
    await user.type(within(dialog).getByLabelText(/^Date/), day(2))
    await user.type(within(dialog).getByLabelText('Time'), '10:30')
    await user.click(within(dialog).getByLabelText(/Zhao Gang/))
    await user.click(within(dialog).getByLabelText(/Li Na/))
    await user.type(within(dialog).getByLabelText(/^Objective/), 'See the bearing line')
    for (const question of ['Who approves purchases?', 'Annual volume?', '']) {
      await user.click(within(dialog).getByRole('button', { name: 'Add question' }))
      const lines = within(dialog).getAllByRole('textbox', { name: /^Question \d/ })
      if (question) await user.type(lines[lines.length - 1]!, question)
    }
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const item = await screen.findByTestId('visit-item')
    expect(item.textContent).toContain('10:30')
    expect(item.textContent).toContain('Plant tour')
    expect(within(item).getByText('Planned')).toBeTruthy()
    expect(item.textContent).toContain('Who to meet: Zhao Gang and Li Na')
    const [planned] = await db.visits.toArray()
    expect(planned).toMatchObject({ status: 'planned', kind: 'plantTour', time: '10:30', attendeeIds: [engineer.id, buyer.id] })
    expect(planned!.questions.map((q) => q.text)).toEqual(['Who approves purchases?', 'Annual volume?'])

    await user.click(within(item).getByRole('button', { name: 'Log outcome' }))
    dialog = await screen.findByRole('dialog', { name: 'Log outcome' })
    await user.type(within(dialog).getByLabelText('Answer 1'), 'The plant director signs')
    await user.type(within(dialog).getByLabelText('Outcome'), 'Samples requested')
    await user.type(within(dialog).getByLabelText(/^Reason for the next visit/), 'Bring the samples')
    await user.click(within(dialog).getByRole('button', { name: 'Add task' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Task 1' }), 'Send the quote')
    await user.type(within(dialog).getByLabelText('Due date of task 1'), day(5))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await waitFor(() => expect(screen.getByTestId('visit-item').textContent).toContain('1 open task'))
    expect(within(screen.getByTestId('visit-item')).queryByText('Planned')).toBeNull()
    const [logged] = await db.visits.toArray()
    expect(logged).toMatchObject({ status: 'done', outcome: 'Samples requested', tasks: [expect.objectContaining({ text: 'Send the quote', dueDate: addCalendarDays(Date.now(), 5), doneAt: null })] })

    // The first attendee (Zhao Gang, technical evaluator) suggests engineering; the rep picks Li Na, so purchasing.
    const answers = screen.getByTestId('visit-answers')
    expect((within(answers).getByLabelText('Dossier section') as HTMLSelectElement).value).toBe('engineering')
    await user.selectOptions(within(answers).getByLabelText('Heard from'), 'Li Na')
    expect((within(answers).getByLabelText('Dossier section') as HTMLSelectElement).value).toBe('purchasing')
    await user.click(within(answers).getByRole('button', { name: 'Add to dossier' }))
    expect(await within(screen.getByTestId('visit-answers')).findByText('In the dossier')).toBeTruthy()
    const section = (await db.dossierSections.toArray()).find((s) => s.channel === 'purchasing')!
    expect(extractFindings(section.content, 'purchasing')).toEqual([
      expect.objectContaining({ text: 'Who approves purchases? — The plant director signs', sourceId: buyer.id, date: logged!.date })
    ])
    expect(section.plainText).toContain('(visit on ')
  })

  it('opens a past-dated visit as a record, keeps an empty time null, and flags a plan that was never logged', async () => {
    const { user, db, repos, account } = await openVisits()
    await repos.visits.create({
      accountId: account.id, kind: 'revisit', status: 'planned', date: addCalendarDays(Date.now(), -3), time: null, objective: 'Missed plan',
      questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: []
    })
    const missed = await screen.findByTestId('visit-item')
    expect(within(missed).getByText('Not logged yet')).toBeTruthy()

    // Planned for today, the visit is a plan; moved to yesterday, it can only be a record.
    await user.click(screen.getByRole('button', { name: 'Plan visit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Plan visit' })
    expect(within(dialog).queryByLabelText('Outcome')).toBeNull()
    await user.clear(within(dialog).getByLabelText(/^Date/))
    await user.type(within(dialog).getByLabelText(/^Date/), day(-1))
    expect(screen.getByRole('dialog', { name: 'Log visit' })).toBeTruthy()
    await user.type(within(dialog).getByLabelText('Outcome'), 'Called back')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getAllByTestId('visit-item')).toHaveLength(2))
    const logged = (await db.visits.toArray()).find((v) => v.outcome === 'Called back')
    expect(logged).toMatchObject({ status: 'done', time: null, kind: 'firstVisit' })
    expect(screen.getAllByText('Not logged yet')).toHaveLength(1)
  })
})

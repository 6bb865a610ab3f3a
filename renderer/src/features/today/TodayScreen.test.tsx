import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '#shared/domain/cadence'
import type { VisitDraft } from '#shared/schemas'
import { stakeholderDraft } from '#data/testSupport'
import { parseRoute } from '#app/useHashRoute'
import { renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

const daysFromNow = (days: number) => addCalendarDays(Date.now(), days)

function visitDraft(accountId: string, fields: Partial<VisitDraft>): VisitDraft {
  return { accountId, kind: 'revisit', status: 'done', date: daysFromNow(0), time: null, objective: '', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: [], ...fields }
}

async function seedAgenda() {
  const seeded = await seedAccount({ orgGrade: 'A', classification: 'target' })
  const { repos, account } = seeded
  const boss = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Wang Jianguo', title: 'General manager', roles: ['decisionMaker'] }))
  await repos.visits.create(visitDraft(account.id, { date: daysFromNow(-70), attendeeIds: [boss.id], outcome: 'Met the general manager' }))
  const visit = await repos.visits.create(
    visitDraft(account.id, {
      date: daysFromNow(-9),
      outcome: 'Samples requested',
      tasks: [{ id: crypto.randomUUID(), text: 'Send the quote', dueDate: daysFromNow(-1), doneAt: null }]
    })
  )
  await repos.visits.create(visitDraft(account.id, { status: 'planned', date: daysFromNow(3), time: '14:30', kind: 'plantTour', objective: 'See the assembly line', attendeeIds: [boss.id] }))
  return { ...seeded, visit }
}

describe('Today screen', () => {
  it('lists the overdue account with its cadence, the lapsed decision-maker, the task and the plan', async () => {
    const { account, db } = await seedAgenda()
    const { hash } = renderApp({ db, route: { name: 'today' } })

    const overdue = await screen.findByTestId('due-overdue')
    const row = within(overdue).getByTestId('due-account')
    expect(row.textContent).toContain('Acme Bearings')
    expect(row.textContent).toContain('Last contact 9 days ago · every 7 days (grade A)')
    expect(row.textContent).toContain('2 days overdue')

    const person = screen.getByTestId('lapsed-person')
    // The plan with him in three days does not count as contact.
    expect(person.textContent).toContain('No contact with Wang Jianguo (Decision-maker) for 70 days')

    const plan = screen.getByTestId('planned-visit')
    expect(plan.textContent).toContain('14:30')
    expect(plan.textContent).toContain('Plant tour · See the assembly line')

    const task = screen.getByTestId('open-task')
    expect(task.textContent).toContain('Send the quote')
    expect(task.textContent).toContain('Overdue')

    expect(await screen.findByRole('img', { name: /^By classification: Target 1, Watch 0, Other 0$/ })).toBeTruthy()

    within(row).getByRole('link', { name: /Acme Bearings/ }).click()
    await waitFor(() => expect(hash()).toBe(`#/accounts/${account.id}/visits`))
  })

  it('ticks a task done on its visit, and undoes it from the toast', async () => {
    const { db, visit } = await seedAgenda()
    const { user } = renderApp({ db, route: { name: 'today' } })
    await user.click(await screen.findByRole('checkbox', { name: 'Mark “Send the quote” done' }))

    await waitFor(() => expect(screen.queryByTestId('open-task')).toBeNull())
    expect((await db.visits.get(visit.id))?.tasks[0]?.doneAt).toEqual(expect.any(Number))
    expect(screen.getByText('No open follow-ups')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByTestId('open-task')).toBeTruthy()
    expect((await db.visits.get(visit.id))?.tasks[0]?.doneAt).toBeNull()
  })

  it('teaches the loop when there is nothing yet, and is where the app starts', async () => {
    expect([parseRoute(''), parseRoute('#/'), parseRoute('#/accounts')]).toEqual([{ name: 'today' }, { name: 'today' }, { name: 'accounts' }])
    const { user, hash } = renderApp({ route: { name: 'today' } })
    expect(await screen.findByText('Start with your first account')).toBeTruthy()
    expect(screen.getByText(/plan a visit with an objective, log the outcome/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'New account' }))
    expect(hash()).toBe('#/accounts/new')
  })
})

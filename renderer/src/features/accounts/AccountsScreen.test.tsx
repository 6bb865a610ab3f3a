import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '#shared/domain/cadence'
import { createRepositories } from '#data'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { renderApp } from '#testing/renderScreen'

const visit = (accountId: string, daysAgo: number) => ({
  accountId, kind: 'revisit' as const, status: 'done' as const, date: addCalendarDays(Date.now(), -daysAgo), time: null,
  objective: 'Revisit', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: []
})

async function openList() {
  const db = freshDb()
  // One second between writes, so "last activity" never ties.
  let clock = Date.now() - 60_000
  const repos = createRepositories(db, { now: () => (clock += 1000) })
  // Weekly rhythm, seen 10 days ago: overdue. Fortnightly, seen 10 days ago: due in 4 days. Never visited.
  const late = await repos.accounts.create(accountDraft({ name: 'Late Weekly', positioning: 'short' }))
  const soon = await repos.accounts.create(accountDraft({ name: 'Soon Fortnightly' }))
  const fresh = await repos.accounts.create(accountDraft({ name: 'Never Seen' }))
  await repos.visits.create(visit(late.id, 10))
  await repos.visits.create(visit(soon.id, 10))
  const app = renderApp({ db, route: { name: 'accounts' } })
  await screen.findByText('Never Seen')
  return { ...app, repos, late, soon, fresh }
}

const rowNames = () => screen.getAllByTestId('account-row').map((row) => row.querySelector('a')?.textContent)

describe('account list: due, last contact and last activity', () => {
  it("filters by overdue and due this week by each account's cadence, and by last contact", async () => {
    const { user } = await openList()
    await user.selectOptions(screen.getByLabelText('Next visit'), 'Overdue')
    await waitFor(() => expect(rowNames()).toEqual(['Late Weekly']))
    await user.selectOptions(screen.getByLabelText('Next visit'), 'Due this week')
    await waitFor(() => expect(rowNames()).toEqual(['Soon Fortnightly']))
    await user.selectOptions(screen.getByLabelText('Next visit'), 'All')
    await user.selectOptions(screen.getByLabelText('Last contact'), 'Never')
    await waitFor(() => expect(rowNames()).toEqual(['Never Seen']))
  })

  it('sorts by next visit due and moves an account up when something under it changes', async () => {
    const { user, repos, late } = await openList()
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Next visit due')
    await waitFor(() => expect(rowNames()).toEqual(['Late Weekly', 'Soon Fortnightly', 'Never Seen']))

    // The visits were logged after the last account was created: they count as activity.
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Last activity')
    await waitFor(() => expect(rowNames()).toEqual(['Soon Fortnightly', 'Late Weekly', 'Never Seen']))
    await repos.stakeholders.create(stakeholderDraft(late.id, { name: 'Li Na' }))
    await waitFor(() => expect(rowNames()).toEqual(['Late Weekly', 'Soon Fortnightly', 'Never Seen']))
  })
})

import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RevealTarget } from '#app/reveal'
import { RevealHits as Hits } from '#testing/RevealHits'
import { loadTabs, renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { VisitsScreen } from './VisitsScreen'

beforeAll(() => loadTabs('visits'), 120_000)

async function openVisits() {
  const seeded = await seedAccount()
  const { account, repos } = seeded
  const visit = await repos.visits.create({
    accountId: account.id, kind: 'firstVisit', status: 'done', date: new Date(2026, 2, 5, 12).getTime(), time: null,
    objective: 'Introduce the range', questions: [], outcome: 'Samples requested', nextReason: '', attendeeIds: [], tasks: []
  })
  const objection = await repos.objections.create({
    accountId: account.id, content: 'price', nature: 'genuine', text: 'Your price is 8% above SKF', response: '',
    handling: null, status: 'open', raisedById: null, visitId: null, resolvedAt: null
  })
  const competitor = await repos.competitors.create({
    accountId: account.id, supplier: 'NSK', brands: '', sharePct: 60, products: 'Deep-groove bearings', priceLevel: '', terms: '', yearsWithAccount: 5, weaknesses: ''
  })
  const hit = (kind: RevealTarget['kind'], id: string): RevealTarget => ({ kind, id, accountId: account.id, marks: [] })
  const rendered = renderScreen(
    <>
      <Hits targets={{ 'Open the visit': hit('visit', visit.id), 'Open the objection': hit('objection', objection.id), 'Open the competitor': hit('competitor', competitor.id) }} />
      <VisitsScreen account={account} />
    </>,
    { db: seeded.db, route: { name: 'account', id: account.id, tab: 'visits' } }
  )
  await screen.findByTestId('visit-item')
  return { ...seeded, ...rendered }
}

describe('opening a visit, an objection or a competitor from search', () => {
  it('opens the visit in its edit dialog', async () => {
    const { user } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Open the visit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit visit' })
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Objective/).value).toBe('Introduce the range')
  })

  it('opens the objection in its edit dialog', async () => {
    const { user } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Open the objection' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit objection' })
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>(/What they said/).value).toBe('Your price is 8% above SKF')
  })

  it('opens the competitor in its edit dialog', async () => {
    const { user } = await openVisits()
    await user.click(screen.getByRole('button', { name: 'Open the competitor' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit competitor' })
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Supplier/).value).toBe('NSK')
  })
})

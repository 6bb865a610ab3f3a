import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RevealTarget } from '#app/reveal'
import { RevealHits as Hits } from '#testing/RevealHits'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { StakeholdersScreen } from './StakeholdersScreen'

beforeAll(() => loadTabs('stakeholders'), 120_000)

async function openMap() {
  const seeded = await seedAccount()
  const { account, repos } = seeded
  const boss = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Wang Fang', title: 'GM', roles: ['decisionMaker'] }))
  const buyer = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Li Wei', title: 'Buyer', roles: ['buyer'] }))
  const hit = (id: string): RevealTarget => ({ kind: 'person', id, accountId: account.id, marks: [] })
  const rendered = renderScreen(
    <>
      <Hits targets={{ 'Open Li Wei': hit(buyer.id), 'Open Wang Fang': hit(boss.id), 'Open someone deleted': hit(crypto.randomUUID()) }} />
      <StakeholdersScreen account={account} />
    </>,
    { db: seeded.db, route: { name: 'account', id: account.id, tab: 'stakeholders' } }
  )
  await screen.findByRole('button', { name: 'Edit Li Wei' })
  return { ...seeded, ...rendered, boss, buyer }
}

const editor = () => screen.findByTestId('stakeholder-editor')
const nameField = async () => within(await editor()).getByLabelText<HTMLInputElement>(/^Name/)

describe('opening a person from search', () => {
  it('selects the person on the map and opens their form with the name field focused', async () => {
    const { user, buyer } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Open Li Wei' }))

    expect(within(await editor()).getByRole('heading', { name: 'Edit Li Wei' })).toBeTruthy()
    const name = await nameField()
    expect(name.value).toBe('Li Wei')
    await waitFor(() => expect(document.activeElement).toBe(name))
    await waitFor(() => expect(document.querySelector(`[data-node-id="${buyer.id}"]`)?.getAttribute('aria-pressed')).toBe('true'))
  })

  it('opens another person from a second search on the same tab, and only once', async () => {
    const { user, db, boss } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Open Li Wei' }))
    expect((await nameField()).value).toBe('Li Wei')
    await user.click(screen.getByRole('button', { name: 'Open Wang Fang' }))
    await waitFor(async () => expect((await nameField()).value).toBe('Wang Fang'))

    // Closed, the form stays closed when the map's data changes again.
    await user.click(within(await editor()).getByRole('button', { name: 'Close panel' }))
    expect(screen.queryByTestId('stakeholder-editor')).toBeNull()
    await db.stakeholders.update(boss.id, { title: 'General manager', updatedAt: Date.now() })
    expect((await screen.findAllByText(/General manager/)).length).toBeGreaterThan(0)
    expect(screen.queryByTestId('stakeholder-editor')).toBeNull()
  })

  it('goes back to the live map from a past date', async () => {
    const { user } = await openMap()
    await user.type(screen.getByLabelText('Map as of'), '2020-01-01')
    expect(await screen.findByTestId('as-of-banner')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Open Li Wei' }))
    expect((await nameField()).value).toBe('Li Wei')
    expect(screen.queryByTestId('as-of-banner')).toBeNull()
  })

  it('opens nothing for a person no longer there', async () => {
    const { user } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Open someone deleted' }))
    await user.click(screen.getByRole('button', { name: 'Open Wang Fang' }))
    expect((await nameField()).value).toBe('Wang Fang')
  })
})

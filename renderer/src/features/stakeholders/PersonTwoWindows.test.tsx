import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AtlasDb, createRepositories } from '#data'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('stakeholders'), 120_000)

const others: AtlasDb[] = []
afterEach(() => {
  for (const db of others.splice(0)) db.close()
})

async function editBuyer() {
  const seeded = await seedAccount()
  const buyer = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Li Wei', title: 'Buyer', roles: ['buyer'], position: null }))
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'stakeholders' } })
  await rendered.user.click(await screen.findByRole('button', { name: 'Edit Li Wei' }))
  const title = await screen.findByLabelText<HTMLInputElement>('Title')
  const other = new AtlasDb(seeded.db.name)
  others.push(other)
  return { ...seeded, ...rendered, buyer, title, elsewhere: createRepositories(other) }
}

describe('the person form and a save from another window', () => {
  it('with edits here: the save is refused, the edits stay, and “Keep mine” saves them', async () => {
    const { user, db, buyer, title, elsewhere } = await editBuyer()
    await user.clear(title)
    await user.type(title, 'Head of purchasing')
    await elsewhere.stakeholders.update(buyer.id, stakeholderDraft(buyer.accountId, { name: 'Li Wei', title: 'Purchasing manager', roles: ['buyer'], position: null }))

    const banner = await screen.findByTestId('conflict-banner')
    expect(title.value).toBe('Head of purchasing')
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    await waitFor(async () => expect((await db.stakeholders.get(buyer.id))?.title).toBe('Purchasing manager'))
    expect(title.value).toBe('Head of purchasing')

    await user.click(within(banner).getByRole('button', { name: 'Keep mine' }))
    await waitFor(async () => expect((await db.stakeholders.get(buyer.id))?.title).toBe('Head of purchasing'))
    expect(screen.queryByTestId('conflict-banner')).toBeNull()
  })

  it('with no edits here: the form shows the other window’s save', async () => {
    const { buyer, title, elsewhere } = await editBuyer()
    await elsewhere.stakeholders.update(buyer.id, stakeholderDraft(buyer.accountId, { name: 'Li Wei', title: 'Purchasing manager', roles: ['buyer'], position: null }))
    await waitFor(() => expect(title.value).toBe('Purchasing manager'))
    expect(screen.queryByTestId('conflict-banner')).toBeNull()
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('stakeholders'), 120_000)

async function openMap() {
  const seeded = await seedAccount({ stage: 'negotiate' })
  const boss = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', title: 'GM', roles: ['decisionMaker'] }))
  const buyer = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Li Wei', title: 'Buyer', roles: ['buyer'], position: null }))
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'stakeholders' } })
  await screen.findByRole('button', { name: 'Edit Li Wei' })
  return { ...seeded, ...rendered, boss, buyer }
}

describe('stakeholders tab', () => {
  it('lists everyone on the map and edits a person picked from the list', async () => {
    const { user, db, buyer } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Edit Li Wei' }))
    const title = await screen.findByLabelText<HTMLInputElement>('Title')
    expect(title.value).toBe('Buyer')
    await user.clear(title)
    await user.type(title, 'Head of purchasing')
    await user.click(screen.getByRole('button', { name: 'Save person' }))

    expect(await screen.findByText('Changes to Li Wei saved')).toBeTruthy()
    expect((await db.stakeholders.get(buyer.id))?.title).toBe('Head of purchasing')
  })

  it('adds a person, and requires a name', async () => {
    const { user, db, account } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Add person' }))
    await user.click(await screen.findByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('This field is required.')).toBeTruthy()

    await user.type(screen.getByLabelText(/^Name/), 'Zhao Lei')
    await user.click(screen.getByLabelText('Gatekeeper'))
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('Zhao Lei added')).toBeTruthy()
    expect(await screen.findByRole('button', { name: 'Edit Zhao Lei' })).toBeTruthy()
    const stored = (await db.stakeholders.where('accountId').equals(account.id).toArray()).find((p) => p.name === 'Zhao Lei')
    expect(stored?.roles).toEqual(['gatekeeper'])
  })

  it('suggests the role a new person’s title implies, and ticks it only when asked', async () => {
    const { user, db, account } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Add person' }))
    await user.type(screen.getByLabelText(/^Name/), 'Chen Jing')
    await user.type(screen.getByLabelText('Title'), 'Purchasing manager')
    expect(await screen.findByText('The title suggests: Buyer')).toBeTruthy()
    expect(screen.getByLabelText<HTMLInputElement>('Buyer').checked).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Add role' }))
    expect(screen.getByLabelText<HTMLInputElement>('Buyer').checked).toBe(true)
    expect(screen.queryByText('The title suggests: Buyer')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    await screen.findByText('Chen Jing added')
    const stored = (await db.stakeholders.where('accountId').equals(account.id).toArray()).find((p) => p.name === 'Chen Jing')
    expect(stored?.roles).toEqual(['buyer'])
  })

  it('exports the map as an SVG file with everyone’s names', async () => {
    const { user, host } = await openMap()
    // The map is drawn once Cytoscape has started: each person gets a keyboard target on the canvas.
    await waitFor(() => expect(document.querySelectorAll('[data-node-id]')).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Export SVG' }))
    expect(await screen.findByText(/^Saved /)).toBeTruthy()
    const [file] = host.saved
    expect(file?.suggestedName).toBe('Acme Bearings-Stakeholders.svg')
    const svg = new DOMParser().parseFromString(String(file!.data), 'image/svg+xml')
    expect(svg.querySelector('parsererror')).toBeNull()
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Wang Fang'), expect.stringContaining('Li Wei')]))
  })

  it('marks a person as having left, keeping their seat as a successor placeholder', async () => {
    const { user, db, boss } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Edit Wang Fang' }))
    await user.click(await screen.findByRole('button', { name: 'Mark as left the company' }))
    const confirm = await screen.findByRole('dialog', { name: 'Wang Fang has left the company?' })
    await user.click(within(confirm).getByRole('button', { name: 'Mark as left' }))
    expect(await screen.findByText('Wang Fang marked as left')).toBeTruthy()
    await waitFor(async () => expect((await db.stakeholders.get(boss.id))?.departedAt).not.toBeNull())
  })

  it('links two people from the person panel and removes the link', async () => {
    const { user, db, boss, buyer } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Edit Li Wei' }))
    await user.selectOptions(await screen.findByLabelText('Other person'), 'Wang Fang')
    await user.click(screen.getByRole('button', { name: 'Add link' }))
    expect(await screen.findByText('Link added')).toBeTruthy()
    const links = await screen.findByTestId('links')
    expect(links.textContent).toContain('Li Wei — Reports to → Wang Fang')
    const [stored] = await db.relationships.toArray()
    expect(stored).toMatchObject({ fromId: buyer.id, toId: boss.id, kind: 'reportsTo', deletedAt: null })

    await user.click(within(links).getByRole('button', { name: /Remove link/ }))
    expect(await screen.findByText('No links yet.')).toBeTruthy()
    expect((await db.relationships.get(stored!.id))?.deletedAt).not.toBeNull()
  })

  it('changes the coverage rules and keeps them', async () => {
    const { user } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Coverage rules' }))
    const dialog = await screen.findByRole('dialog', { name: 'Coverage rules for my accounts' })
    await user.selectOptions(within(dialog).getByLabelText('Minimum number of threads'), '4')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Coverage rules saved')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Coverage rules' }))
    const again = await screen.findByRole('dialog', { name: 'Coverage rules for my accounts' })
    expect(within(again).getByLabelText<HTMLSelectElement>('Minimum number of threads').value).toBe('4')
  })
})

import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { createStakeholderMapRepository, currentMap, readStakeholderMap } from '#data'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { createUndoStack } from './undoStack'

beforeAll(() => loadTabs('stakeholders'), 120_000)
// jsdom has no matchMedia; the shell asks it for the window's width.
beforeAll(() => {
  window.matchMedia ??= ((media: string) => ({ matches: false, media, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false })) as typeof window.matchMedia
})

/** Wang Fang (GM) with Li Wei reporting to her and Zhao Gang as her ally, and one stance change on her timeline. */
async function openMap() {
  const seeded = await seedAccount({ stage: 'negotiate' })
  const map = createStakeholderMapRepository(seeded.db)
  const boss = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', title: 'GM', roles: ['decisionMaker'], stance: 'neutral' }))
  const buyer = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Li Wei', title: 'Buyer', roles: ['buyer'] }))
  const engineer = await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Zhao Gang', title: 'Engineer', roles: ['user'] }))
  await map.updatePerson(boss.id, { ...(await map.people.get(boss.id))!, stance: 'supporter' }, { reason: 'Liked the trial' })
  await map.createLink({ accountId: seeded.account.id, fromId: buyer.id, toId: boss.id, kind: 'reportsTo', note: '' })
  await map.createLink({ accountId: seeded.account.id, fromId: engineer.id, toId: boss.id, kind: 'ally', note: '' })
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'stakeholders' } })
  await screen.findByRole('button', { name: 'Edit Li Wei' })
  await waitFor(() => expect(graphNode('Wang Fang')).toBeTruthy())
  return { ...seeded, ...rendered, boss }
}

const graphNode = (name: string) => screen.queryAllByTestId('graph-node').find((n) => n.getAttribute('aria-label')?.startsWith(name))
const withoutUpdatedAt = <T extends { updatedAt: number }>(rows: T[]) => rows.map(({ updatedAt: _u, ...rest }) => rest)

describe('undo', () => {
  it('asks before Delete on a graph node removes a person, and Ctrl+Z brings back the person, their links and their history', async () => {
    const { user, db, account } = await openMap()
    const before = currentMap(await readStakeholderMap(db, account.id))
    expect(before.relationships).toHaveLength(2)

    graphNode('Wang Fang')!.focus()
    await user.keyboard('{Delete}')
    const dialog = await screen.findByRole('dialog', { name: 'Delete Wang Fang?' })
    // Cancel keeps her.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(graphNode('Wang Fang')).toBeTruthy()
    expect(document.activeElement).toBe(graphNode('Wang Fang'))

    await user.keyboard('{Delete}')
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Wang Fang?' })).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Wang Fang deleted')).toBeTruthy()
    await waitFor(() => expect(graphNode('Wang Fang')).toBeUndefined())
    expect(currentMap(await readStakeholderMap(db, account.id)).relationships).toHaveLength(0)
    // Focus went back to the map, not the page body.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('graph-node'))

    await user.keyboard('{Control>}z{/Control}')
    expect(await screen.findByText('Undone: delete Wang Fang')).toBeTruthy()
    await waitFor(() => expect(graphNode('Wang Fang')).toBeTruthy())
    const after = currentMap(await readStakeholderMap(db, account.id))
    expect(withoutUpdatedAt(after.stakeholders)).toEqual(withoutUpdatedAt(before.stakeholders))
    expect(withoutUpdatedAt(after.relationships)).toEqual(withoutUpdatedAt(before.relationships))
    expect(after.changes).toEqual(before.changes)

    // The person panel shows her links and her history again.
    await user.click(screen.getByRole('button', { name: 'Edit Wang Fang' }))
    const links = await screen.findByTestId('links')
    // Both links back (in creation order, which two links made in one millisecond do not have).
    const shown = within(links).getAllByRole('listitem').map((li) => li.textContent)
    expect(shown).toHaveLength(2)
    expect(shown).toEqual(expect.arrayContaining([expect.stringContaining('Li Wei'), expect.stringContaining('Zhao Gang')]))
    expect(within(screen.getByTestId('timeline')).getByText('Liked the trial')).toBeTruthy()
  })

  it('asks before the person panel deletes someone, and the toast’s Undo brings them back', async () => {
    const { user, db, boss } = await openMap()
    await user.click(screen.getByRole('button', { name: 'Edit Wang Fang' }))
    await user.click(await screen.findByRole('button', { name: 'Delete person' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Wang Fang?' })).getByRole('button', { name: 'Delete' }))
    await waitFor(async () => expect((await db.stakeholders.get(boss.id))?.deletedAt).not.toBeNull())
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Undone: delete Wang Fang')).toBeTruthy()
    expect((await db.stakeholders.get(boss.id))?.deletedAt).toBeNull()
    expect((await db.relationships.toArray()).every((r) => r.deletedAt === null)).toBe(true)
    // Already undone: Ctrl+Z has nothing left.
    await user.keyboard('{Control>}z{/Control}')
    expect(await screen.findByText('Nothing to undo')).toBeTruthy()
  })

  it('leaves Ctrl+Z to a text field: inside an input nothing comes back', async () => {
    const { user, db, boss } = await openMap()
    graphNode('Wang Fang')!.focus()
    await user.keyboard('{Delete}')
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Wang Fang?' })).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(graphNode('Wang Fang')).toBeUndefined())

    await user.click(screen.getByRole('button', { name: 'Edit Li Wei' }))
    const title = await screen.findByLabelText<HTMLInputElement>('Title')
    await user.click(title)
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.queryByText('Undone: delete Wang Fang')).toBeNull()
    expect((await db.stakeholders.get(boss.id))?.deletedAt).not.toBeNull()
    expect(graphNode('Wang Fang')).toBeUndefined()

    // Outside it, the same keys undo.
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(await screen.findByText('Undone: delete Wang Fang')).toBeTruthy()
    await waitFor(async () => expect((await db.stakeholders.get(boss.id))?.deletedAt).toBeNull())
  })

  it('keeps at most its depth of entries, newest first out', () => {
    const stack = createUndoStack(2)
    const entry = (label: string) => ({ label, undo: async () => {} })
    stack.push(entry('a'))
    const b = stack.push(entry('b'))
    stack.push(entry('c'))
    expect(stack.size).toBe(2)
    expect(stack.take(b)?.label).toBe('b')
    expect(stack.take(b)).toBeUndefined()
    expect(stack.takeLast()?.label).toBe('c')
    expect(stack.takeLast()).toBeUndefined()
  })
})

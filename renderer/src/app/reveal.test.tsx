import { screen, waitFor, within } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderScreen } from '#testing/renderScreen'
import { useNavigation, useUnsavedChanges } from './navigation'
import { useReveal, useRevealTarget, type RevealTarget } from './reveal'

const ACCOUNT = '00000000-0000-4000-8000-000000000001'
const hit: RevealTarget = { kind: 'visit', id: 'v1', accountId: ACCOUNT, marks: [] }

/** A search result, a visits "screen" that reports the target it gets, and a form that may hold edits. */
function Harness({ dirty = false }: { dirty?: boolean }) {
  const reveal = useReveal()
  const { route, navigate } = useNavigation()
  const { target, done } = useRevealTarget(['visit'], ACCOUNT)
  const [opened, setOpened] = useState<string[]>([])
  useUnsavedChanges(dirty)
  useEffect(() => {
    if (!target) return
    done()
    setOpened((o) => [...o, target.id])
  }, [target, done])
  return (
    <>
      <button type="button" onClick={() => reveal(hit)}>
        Open hit
      </button>
      <button type="button" onClick={() => navigate({ name: 'account', id: ACCOUNT, tab: 'visits' }, { force: true })}>
        Visits tab
      </button>
      <output data-testid="route">{route.name === 'account' ? route.tab : route.name}</output>
      <output data-testid="opened">{opened.join(',')}</output>
    </>
  )
}

describe('reveal', () => {
  it('goes to the tab that shows the record and hands the target over once', async () => {
    const { user, hash } = renderScreen(<Harness />, { route: { name: 'accounts' } })
    await user.click(screen.getByRole('button', { name: 'Open hit' }))
    await waitFor(() => expect(hash()).toBe(`#/accounts/${ACCOUNT}/visits`))
    expect(screen.getByTestId('opened').textContent).toBe('v1')
    // Again on the tab already showing: a new target.
    await user.click(screen.getByRole('button', { name: 'Open hit' }))
    await waitFor(() => expect(screen.getByTestId('opened').textContent).toBe('v1,v1'))
  })

  it('waits while unsaved edits are asked about, and forgets the target when the rep stays', async () => {
    const { user } = renderScreen(<Harness dirty />, { route: { name: 'accounts' } })
    await user.click(screen.getByRole('button', { name: 'Open hit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' })
    expect(screen.getByTestId('opened').textContent).toBe('')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByTestId('route').textContent).toBe('accounts')

    // Opening the tab later for another reason does not open the record.
    await user.click(screen.getByRole('button', { name: 'Visits tab' }))
    await waitFor(() => expect(screen.getByTestId('route').textContent).toBe('visits'))
    expect(screen.getByTestId('opened').textContent).toBe('')
  })

  it('opens the record once the rep discards the edits', async () => {
    const { user } = renderScreen(<Harness dirty />, { route: { name: 'accounts' } })
    await user.click(screen.getByRole('button', { name: 'Open hit' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard changes?' })).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.getByTestId('opened').textContent).toBe('v1'))
  })
})

import { act, renderHook, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { fakeHost } from '#testing/fakeHost'
import { loadTabs, renderApp, renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { useUnsavedChanges } from './navigation'
import { routeHref, useHashRoute } from './useHashRoute'

beforeAll(() => loadTabs('stakeholders'), 120_000)
// jsdom has no matchMedia; the shell asks it for the window's width.
beforeAll(() => {
  window.matchMedia ??= ((media: string) => ({ matches: false, media, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false })) as typeof window.matchMedia
})
afterEach(() => history.replaceState(null, '', '#'))

/** history.back() as the browser's Back button: the address changes, then hashchange. */
async function pressBack() {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
  await act(async () => {
    history.back()
    await changed
  })
}

describe('useHashRoute guard', () => {
  it('lets back through when nothing is unsaved', async () => {
    history.replaceState(null, '', '#/accounts')
    const { result } = renderHook(() => useHashRoute())
    act(() => result.current.navigate({ name: 'today' }))
    expect(location.hash).toBe('#/today')
    await pressBack()
    expect(result.current.route).toEqual({ name: 'accounts' })
    expect(result.current.pending).toBeNull()
  })

  it('asks on back with unsaved edits; cancel keeps the route and the address, confirm goes back', async () => {
    history.replaceState(null, '', '#/accounts')
    const { result } = renderHook(() => useHashRoute())
    act(() => result.current.navigate({ name: 'today' }))
    act(() => result.current.setDirty(true, 'editor'))
    await pressBack()
    expect(result.current.pending).toEqual({ kind: 'route', route: { name: 'accounts' } })
    // The address is put back where the form is while the question is open.
    expect(location.hash).toBe('#/today')
    expect(result.current.route).toEqual({ name: 'today' })

    act(() => result.current.cancel())
    expect(result.current.pending).toBeNull()
    expect(location.hash).toBe('#/today')
    expect(result.current.isDirty()).toBe(true)

    await pressBack()
    act(() => void result.current.confirm())
    expect(result.current.route).toEqual({ name: 'accounts' })
    expect(location.hash).toBe('#/accounts')
    expect(result.current.isDirty()).toBe(false)
  })

  it('asks on a typed address and on navigate(), and stays dirty while any form is', () => {
    history.replaceState(null, '', '#/today')
    const { result } = renderHook(() => useHashRoute())
    act(() => {
      result.current.setDirty(true, 'a')
      result.current.setDirty(true, 'b')
      result.current.setDirty(false, 'a')
    })
    act(() => {
      history.pushState(null, '', '#/accounts')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(result.current.pending).toEqual({ kind: 'route', route: { name: 'accounts' } })
    expect(location.hash).toBe('#/today')
    act(() => result.current.cancel())
    act(() => result.current.navigate({ name: 'newAccount' }))
    expect(result.current.pending).toMatchObject({ kind: 'route', route: { name: 'newAccount' } })
    act(() => result.current.cancel())
    act(() => result.current.navigate({ name: 'newAccount' }, { force: true }))
    expect(location.hash).toBe(routeHref({ name: 'newAccount' }))
  })

  it('asks the browser before the page unloads with unsaved edits (browser edition)', () => {
    const { result } = renderHook(() => useHashRoute({ beforeUnload: true }))
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(unload()).toBe(false)
    act(() => result.current.setDirty(true))
    expect(unload()).toBe(true)
  })
})

describe('unsaved person edits', () => {
  it('asks on back after editing a name without saving; cancel keeps the text, discard leaves', async () => {
    const seeded = await seedAccount()
    await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Li Wei', title: 'Buyer' }))
    history.replaceState(null, '', routeHref({ name: 'accounts' }))
    const { user, go, hash } = renderApp({ db: seeded.db, route: { name: 'accounts' } })
    go({ name: 'account', id: seeded.account.id, tab: 'stakeholders' })
    await user.click(await screen.findByRole('button', { name: 'Edit Li Wei' }))
    const name = await screen.findByLabelText<HTMLInputElement>(/^Name/)
    await user.clear(name)
    await user.type(name, 'Li Weiming')

    await pressBack()
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).toBeNull())
    expect(screen.getByLabelText<HTMLInputElement>(/^Name/).value).toBe('Li Weiming')
    expect(hash()).toBe(routeHref({ name: 'account', id: seeded.account.id, tab: 'stakeholders' }))

    await pressBack()
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard changes?' })).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(hash()).toBe('#/accounts'))
    expect((await seeded.db.stakeholders.toArray())[0]!.name).toBe('Li Wei')
  })
})

function UnsavedForm({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty)
  return null
}

describe('closing the desktop window', () => {
  it('tells main while a form is unsaved, asks when main says the window is closing, and closes only on discard', async () => {
    const host = fakeHost('electron')
    const { user } = renderScreen(<UnsavedForm dirty />, { host })
    await waitFor(() => expect(host.setUnsavedChanges).toHaveBeenLastCalledWith(true))

    act(() => host.requestClose())
    let dialog = await screen.findByRole('dialog', { name: 'Discard changes?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(host.confirmClose).not.toHaveBeenCalled()

    act(() => host.requestClose())
    dialog = await screen.findByRole('dialog', { name: 'Discard changes?' })
    await user.click(within(dialog).getByRole('button', { name: 'Discard and close' }))
    expect(host.confirmClose).toHaveBeenCalledTimes(1)
    expect(host.setUnsavedChanges).toHaveBeenLastCalledWith(false)
  })

  it('does not tell a browser host (the browser asks through beforeunload)', async () => {
    const host = fakeHost('browser')
    renderScreen(<UnsavedForm dirty />, { host })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(host.setUnsavedChanges).not.toHaveBeenCalled()
  })
})

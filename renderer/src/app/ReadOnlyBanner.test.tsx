import { screen, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { AtlasDb } from '#data'
import { applyMigrations, latestVersion, migrations } from '#data/migrations'
import { renderApp } from '#testing/renderScreen'

describe('a database from a newer version of the app', () => {
  it('says so across the app, with the way to a backup', async () => {
    const name = `atlas-newer-${globalThis.crypto.randomUUID()}`
    const future = new Dexie(name)
    applyMigrations(future, [...migrations, { version: latestVersion() + 1, stores: {} }])
    await future.open()
    future.close()

    const { user } = renderApp({ db: new AtlasDb(name) })
    const banner = await screen.findByTestId('read-only-banner')
    expect(banner.textContent).toContain('saved by a newer version of Account Atlas')
    await user.click(within(banner).getByRole('button', { name: 'Open Settings' }))
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy()
  })

  it('shows nothing for a database of this version', async () => {
    renderApp()
    await screen.findByTestId('app-shell')
    expect(screen.queryByTestId('read-only-banner')).toBeNull()
  })
})

import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useReveal } from '#app/reveal'
import { renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { AccountPageHeader } from './AccountPageHeader'

function Hit({ accountId }: { accountId: string }) {
  const reveal = useReveal()
  return (
    <button type="button" onClick={() => reveal({ kind: 'account', id: accountId, accountId, marks: [] })}>
      Open the account
    </button>
  )
}

describe('opening an account from search', () => {
  it('shows its overview with focus on its name', async () => {
    const { account, db } = await seedAccount()
    const { user, hash } = renderScreen(
      <>
        <Hit accountId={account.id} />
        <AccountPageHeader account={account} tab="overview" />
      </>,
      { db, route: { name: 'account', id: account.id, tab: 'visits' } }
    )
    await user.click(screen.getByRole('button', { name: 'Open the account' }))
    expect(hash()).toBe(`#/accounts/${account.id}`)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Acme Bearings' })))
  })
})

import { expect, type Page } from '@playwright/test'
import { putRawTables } from '../../rawDb'
import { todaySeed } from './todaySeed'
import { twelvePersonAccount } from './twelvePeople'

/** Stores the 12-person account beside Today's book of accounts, opens Today, and returns the 12-person account's id. */
export async function seedBook(page: Page): Promise<string> {
  const seed = twelvePersonAccount(Date.now(), 3)
  const book = todaySeed(new Date().toISOString().slice(0, 10))
  await page.goto('./#/today')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await putRawTables(page, {
    accounts: [seed.account, ...book.accounts],
    stakeholders: [...seed.people, ...book.stakeholders],
    relationships: seed.relationships,
    visits: [...seed.visits, ...book.visits],
    objections: book.objections
  })
  await page.reload()
  await expect(page.getByTestId('today-screen')).toBeVisible()
  return seed.account.id
}

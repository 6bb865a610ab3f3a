import type { AccountDraft } from '#shared/schemas'
import { createRepositories, type Account, type AtlasDb, type Repositories } from '#data'
import { accountDraft, freshDb } from '#data/testSupport'

/** A fresh database holding one account, for screens that show an account. Pass `db` on to the render. */
export async function seedAccount(overrides: Partial<AccountDraft> = {}): Promise<{ db: AtlasDb; repos: Repositories; account: Account }> {
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: 'Acme Bearings', ...overrides }))
  return { db, repos, account }
}

import { Account } from '#shared/schemas'
import type { AtlasDb } from './db'
import type { InvalidRecord } from './errors'
import { readOne, readValidCached } from './read'

export type AccountList = { items: Account[]; invalid: InvalidRecord[] }
export type AccountLookup = { account?: Account; invalid?: InvalidRecord }

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/**
 * Live (non-deleted) valid accounts, sorted by name, plus every stored account row that fails its
 * schema (deleted or not: a corrupt row is reported until it is repaired). Reads the whole table rather
 * than an index, because an index would silently skip rows whose indexed field is missing or corrupt.
 * Each row is validated once per change to it (readValidCached), not on every re-run.
 */
export async function listAccounts(db: AtlasDb): Promise<AccountList> {
  const rows: unknown[] = await db.accounts.toArray()
  const { items, invalid } = readValidCached(db, rows, Account, db.accounts.name)
  return {
    items: items
      .filter((account) => account.deletedAt === null)
      .sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id)),
    invalid
  }
}

/**
 * One account by id: `{ account }` when valid (including a soft-deleted one, so the screen can offer
 * to restore it; check `deletedAt`), `{ invalid }` when the row fails its schema, `{}` when absent.
 */
export async function getAccount(db: AtlasDb, id: string): Promise<AccountLookup> {
  const row: unknown = await db.accounts.get(id)
  if (row === undefined) return {}
  const result = readOne(row, Account, db.accounts.name)
  return 'item' in result ? { account: result.item } : { invalid: result.invalid }
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from './DataProvider'
import { getAccount, listAccounts, type AccountList, type AccountLookup } from './queries'

/** Live list of non-deleted valid accounts plus invalid rows; undefined while the first read is pending. */
export function useAccounts(): AccountList | undefined {
  const db = useDb()
  return useLiveQuery(() => listAccounts(db), [db])
}

/**
 * Live lookup of one account; undefined while loading, `{}` when there is no such account. When `id`
 * changes, it returns undefined until the new account is read, never the previous account.
 */
export function useAccount(id: string): AccountLookup | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ id, lookup: await getAccount(db, id) }), [db, id])
  return result && result.id === id ? result.lookup : undefined
}

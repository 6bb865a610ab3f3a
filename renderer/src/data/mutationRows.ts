import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie'

// What the DBCore middlewares (summary upkeep, sync capture) read off a mutation request.

/** The account a row belongs to: its own id for an account row, its `accountId` otherwise. */
export function accountIdOf(table: string, row: unknown): string | undefined {
  if (row === null || typeof row !== 'object') return undefined
  const id = (row as Record<string, unknown>)[table === 'accounts' ? 'id' : 'accountId']
  return typeof id === 'string' && id.length > 0 ? id : undefined
}

/** A schema upgrade's own transaction: its migration does the whole job itself. */
export const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange'

/** The stored rows a put or delete is about to replace or remove (none for an add). Call it before the write. */
export async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<readonly unknown[]> {
  if (req.type === 'add') return []
  if (req.type === 'deleteRange') {
    const { result } = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
    return result as unknown[]
  }
  const keys = req.keys ?? (req.type === 'put' ? req.values.map((row) => (row as { id?: unknown }).id) : [])
  if (keys.length === 0) return []
  return (await table.getMany({ trans: req.trans, keys })).filter((row) => row !== undefined)
}

import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'
import { SYNC_TABLES, type SyncTable } from '#shared/sync/travel'
import { currentZone, inZone } from '../dexieZone'
import { ReadOnlyAccountError } from '../errors'
import { accountIdOf, isUpgrade, rowsBefore } from '../mutationRows'
import type { RowChange } from './accountDoc'

const TRAVELLING = new Set<string>(SYNC_TABLES)

/** Transactions that write a colleague's changes into Dexie: the capture leaves them alone, or every remote edit would echo back. */
const remoteTransactions = new WeakSet<object>()
export function markRemote(transaction: { idbtrans: IDBTransaction }): void {
  remoteTransactions.add(transaction.idbtrans)
}

/** Where captured changes go, once their transaction has committed: only accounts it says are shared. */
export interface CaptureSink {
  isShared(accountId: string): boolean
  /** Why this copy may not change the shared account (docs/sync.md), or null when it may. */
  readOnly(accountId: string): ReadOnlyAccountError['reason'] | null
  capture(accountId: string, changes: RowChange[]): void
}

/** Refuses, before anything is written, a transaction that would change a shared account this copy may only read. */
function refuseReadOnly(target: CaptureSink, accountIds: Iterable<string>): void {
  for (const accountId of accountIds) {
    const reason = target.isShared(accountId) ? target.readOnly(accountId) : null
    if (reason) throw new ReadOnlyAccountError(reason)
  }
}


/**
 * Sees every write to a travelling table and hands the rows of shared accounts to the sync engine after
 * the transaction commits (a write that rolls back never reaches the team). Unshared accounts' rows are
 * never looked at beyond their account id.
 */
export function syncCapture(sink: () => CaptureSink | undefined): Middleware<DBCore> {
  const pending = new WeakMap<DBCoreTransaction, Map<string, RowChange[]>>()

  const collect = (trans: DBCoreTransaction, accountId: string, change: RowChange) => {
    let byAccount = pending.get(trans)
    if (!byAccount) {
      const collected = new Map<string, RowChange[]>()
      pending.set(trans, (byAccount = collected))
      const idb = trans as unknown as IDBTransaction
      idb.addEventListener('complete', () => {
        const target = sink()
        for (const [id, changes] of collected) target?.capture(id, changes)
      })
    }
    const list = byAccount.get(accountId) ?? []
    list.push(change)
    byAccount.set(accountId, list)
  }

  return {
    stack: 'dbcore',
    name: 'SyncCapture',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          if (!TRAVELLING.has(name)) return table
          const syncTable = name as SyncTable
          return {
            ...table,
            async mutate(req) {
              const target = sink()
              if (!target || isUpgrade(req.trans) || remoteTransactions.has(req.trans)) return table.mutate(req)
              const zone = currentZone()
              const before = req.type === 'add' || req.type === 'put' ? [] : await rowsBefore(table, req)
              const touched = req.type === 'add' || req.type === 'put' ? req.values : before
              refuseReadOnly(target, touched.map((row) => accountIdOf(name, row)).filter((id): id is string => typeof id === 'string'))
              const res = await inZone(zone, () => table.mutate(req))
              for (const row of before) {
                const accountId = accountIdOf(name, row)
                const id = (row as { id?: unknown }).id
                if (accountId && typeof id === 'string' && target.isShared(accountId)) collect(req.trans, accountId, { table: syncTable, removedId: id })
              }
              if (req.type === 'add' || req.type === 'put') {
                req.values.forEach((row, i) => {
                  if (res.failures[i]) return
                  const accountId = accountIdOf(name, row)
                  if (accountId && target.isShared(accountId)) collect(req.trans, accountId, { table: syncTable, row: row as Record<string, unknown> })
                })
              }
              return res
            }
          }
        }
      }
    }
  }
}

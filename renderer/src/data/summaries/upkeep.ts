import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { currentZone, inZone, type Zone } from '../dexieZone'
import { accountIdOf, isUpgrade, rowsBefore } from '../mutationRows'
import { AccountSummary } from '#shared/domain/summaries'
import { parseCoverageSettings, type CoverageSettings } from '#shared/domain/stakeholders'
import { COVERAGE_SETTINGS_KEY } from '../stakeholders/settings'
import { coverageWarningCount, summaryFromRows, updatedAtOf, validAccount, validPeople, validVisits, visitFacts } from './compute'
import { CHILD_TABLES, SOURCE_TABLES, SUMMARY_SCOPE, SUMMARY_TABLE } from './scope'

// DBCoreRangeType.Equal; the enum is a `const enum`, which isolated modules cannot import.
const EQUAL = 1 as const
const ANY = 3 as const

type Change = {
  /** Accounts whose rows were written (before and after the write: a row may move between accounts). */
  accountIds: Set<string>
  /** The newest `updatedAt` written per account. */
  stamps: Map<string, number>
}


/** The tables below, with every call made in the write's zone. */
function zonedTables(down: DBCore, zone: Zone): (name: string) => DBCoreTable {
  const cache = new Map<string, DBCoreTable>()
  return (name) => {
    let table = cache.get(name)
    if (!table) {
      const raw = down.table(name)
      table = {
        ...raw,
        get: (req) => inZone(zone, () => raw.get(req)),
        getMany: (req) => inZone(zone, () => raw.getMany(req)),
        query: (req) => inZone(zone, () => raw.query(req)),
        mutate: (req) => inZone(zone, () => raw.mutate(req))
      }
      cache.set(name, table)
    }
    return table
  }
}


/** Transactions that rebuild every summary themselves once their writes are done (a restore of 100,000 rows). */
const rebuiltWhole = new WeakSet<object>()
/**
 * The upkeep leaves this transaction's writes alone: it must call rebuildSummaries before it ends. Per
 * write, the upkeep rereads each touched account's rows, which for a whole book is minutes, not seconds.
 */
export function rebuildSummariesInstead(transaction: { idbtrans: IDBTransaction }): void {
  rebuiltWhole.add(transaction.idbtrans)
}

/** The summary upkeep of one write, reading and writing through `tableOf`. */
function upkeepOf(tableOf: (name: string) => DBCoreTable) {
  const byAccount = async (trans: DBCoreTransaction, name: string, accountId: string) => {
    const table = tableOf(name)
    const index = table.schema.getIndexByKeyPath('accountId')
    if (!index) return []
    const { result } = await table.query({ trans, values: true, query: { index, range: { type: EQUAL, lower: accountId, upper: accountId } } })
    return result as unknown[]
  }
  const coverageSettings = async (trans: DBCoreTransaction): Promise<CoverageSettings> => {
    const row = (await tableOf('settings').get({ trans, key: COVERAGE_SETTINGS_KEY })) as { value?: unknown } | undefined
    return parseCoverageSettings(row?.value)
  }

  async function fullSummary(trans: DBCoreTransaction, accountId: string) {
    const account: unknown = await tableOf('accounts').get({ trans, key: accountId })
    if (account === undefined) return undefined
    const [visits, people, ...others] = await Promise.all([
      byAccount(trans, 'visits', accountId),
      byAccount(trans, 'stakeholders', accountId),
      ...CHILD_TABLES.filter((t) => t !== 'visits' && t !== 'stakeholders').map((t) => byAccount(trans, t, accountId))
    ])
    const otherUpdatedAt = others.flat().flatMap((row) => updatedAtOf(row) ?? [])
    return summaryFromRows({ account, visits, people, otherUpdatedAt, settings: await coverageSettings(trans) })
  }

  async function refresh(trans: DBCoreTransaction, table: string, accountId: string, stamp: number | undefined) {
    const summaries = tableOf(SUMMARY_TABLE)
    const stored = AccountSummary.safeParse(await summaries.get({ trans, key: accountId }))
    let next: AccountSummary | undefined
    if (!stored.success) {
      next = await fullSummary(trans, accountId)
    } else {
      next = { ...stored.data }
      if (table === 'visits') Object.assign(next, visitFacts(validVisits(await byAccount(trans, 'visits', accountId))))
      if (table === 'stakeholders' || table === 'accounts') {
        const account = validAccount(await tableOf('accounts').get({ trans, key: accountId }))
        if (!account) next = undefined
        else {
          const people = validPeople(await byAccount(trans, 'stakeholders', accountId))
          next.coverageWarnings = coverageWarningCount(people, account.stage, await coverageSettings(trans))
        }
      }
      if (next && stamp !== undefined) next.lastActivityAt = Math.max(next.lastActivityAt, stamp)
    }
    if (next) await summaries.mutate({ trans, type: 'put', values: [next], keys: [accountId] })
    else if (stored.success) await summaries.mutate({ trans, type: 'delete', keys: [accountId] })
  }

  async function recomputeCoverage(trans: DBCoreTransaction) {
    const summaries = tableOf(SUMMARY_TABLE)
    const { result } = await summaries.query({ trans, values: true, query: { index: summaries.schema.primaryKey, range: { type: ANY, lower: undefined, upper: undefined } } })
    for (const row of result as unknown[]) {
      const stored = AccountSummary.safeParse(row)
      if (stored.success) await refresh(trans, 'accounts', stored.data.accountId, undefined)
    }
  }

  function changeOf(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse, before: readonly unknown[]): Change {
    const change: Change = { accountIds: new Set(), stamps: new Map() }
    for (const row of before) {
      const id = accountIdOf(table, row)
      if (id) change.accountIds.add(id)
    }
    if (req.type === 'add' || req.type === 'put') {
      req.values.forEach((row, i) => {
        if (res.failures[i]) return
        const id = accountIdOf(table, row)
        if (!id) return
        change.accountIds.add(id)
        const at = updatedAtOf(row)
        if (at !== undefined) change.stamps.set(id, Math.max(at, change.stamps.get(id) ?? at))
      })
    }
    return change
  }

  return { refresh, recomputeCoverage, changeOf }
}

/**
 * Keeps `accountSummaries` current inside every write, in the same IndexedDB transaction, whichever
 * code path wrote: repositories, the map and dossier repositories, a backup import. A read-write
 * transaction on a source table is widened to the tables a summary is computed from, and after each
 * write only the part that table feeds is recomputed, for the accounts it touched, from their rows
 * read through the `accountId` index: visits give dates and open tasks, people (and an account's stage)
 * give coverage, any write moves last activity. Changing the coverage rules recomputes every account's
 * coverage. Upgrades are left alone: the migration that adds the table builds it whole.
 */
export function summaryUpkeep(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AccountSummaries',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.some((name) => SOURCE_TABLES.has(name))
          return down.transaction(widen ? [...new Set([...stores, ...SUMMARY_SCOPE])] : stores, mode, options)
        },
        table(name) {
          const table = down.table(name)
          if (!SOURCE_TABLES.has(name)) return table
          return {
            ...table,
            async mutate(req) {
              if (isUpgrade(req.trans) || rebuiltWhole.has(req.trans)) return table.mutate(req)
              const tables = zonedTables(down, currentZone())
              const own = tables(name)
              const upkeep = upkeepOf(tables)
              if (name === 'settings') {
                const res = await own.mutate(req)
                const keys =
                  req.type === 'put' || req.type === 'add'
                    ? req.values.map((row) => (row as { key?: unknown }).key)
                    : req.type === 'delete'
                      ? req.keys
                      : [COVERAGE_SETTINGS_KEY]
                if (keys.includes(COVERAGE_SETTINGS_KEY)) await upkeep.recomputeCoverage(req.trans)
                return res
              }
              const before = name === 'accounts' && (req.type === 'add' || req.type === 'put') ? [] : await rowsBefore(own, req)
              const res = await own.mutate(req)
              const change = upkeep.changeOf(name, req, res, before)
              for (const accountId of change.accountIds) await upkeep.refresh(req.trans, name, accountId, change.stamps.get(accountId))
              return res
            }
          }
        }
      }
    }
  }
}

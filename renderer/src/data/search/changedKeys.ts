import { SEARCH_TABLES, type SearchTable } from '#shared/domain/search'

/** Per table, the primary keys a commit wrote, or 'all' when Dexie only knows a range (a clear, a bulk write of 50 or more). */
export type ChangedKeys = Map<SearchTable, Set<string> | 'all'>

interface RangeNode {
  from?: unknown
  to?: unknown
  l?: RangeNode | null
  r?: RangeNode | null
}

/** The single keys of a Dexie RangeSet (a tree of ranges), or 'all' when it holds a range. */
function keysOf(node: RangeNode | null | undefined, out: Set<string>): boolean {
  if (!node || !('from' in node)) return true
  if (typeof node.from !== 'string' || node.from !== node.to) return false
  out.add(node.from)
  return keysOf(node.l, out) && keysOf(node.r, out)
}

/**
 * Reads Dexie's `storagemutated` parts (`idb://<db>/<table>/` → the primary keys written) for this
 * database's searchable tables. Anything it cannot read as keys counts as the whole table.
 */
export function changedKeys(parts: unknown, dbName: string): ChangedKeys {
  const changes: ChangedKeys = new Map()
  if (!parts || typeof parts !== 'object') return changes
  const everything = 'all' in parts
  for (const table of SEARCH_TABLES) {
    const part = (parts as Record<string, RangeNode | undefined>)[`idb://${dbName}/${table}/`]
    if (everything) changes.set(table, 'all')
    else if (part) {
      const keys = new Set<string>()
      if (!keysOf(part, keys)) changes.set(table, 'all')
      else if (keys.size > 0) changes.set(table, keys)
    }
  }
  return changes
}

import type { InvalidRecord } from '../errors'

/** The records of every list, each table+id once (the first copy wins), in order of first appearance. */
export function mergeInvalidRecords(...lists: readonly (readonly InvalidRecord[])[]): InvalidRecord[] {
  const seen = new Set<string>()
  const merged: InvalidRecord[] = []
  for (const list of lists)
    for (const record of list) {
      const key = `${record.table}\u0000${record.id}`
      if (seen.has(key)) continue
      seen.add(key)
      merged.push(record)
    }
  return merged
}

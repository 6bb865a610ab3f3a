import { upgradeAccountRow, upgradeCompetitorRow, upgradeObjectionRow, upgradeVisitRow } from './v3'

const UPGRADES: Record<string, (row: unknown, now: number) => unknown> = {
  accounts: upgradeAccountRow,
  visits: upgradeVisitRow,
  objections: upgradeObjectionRow,
  competitors: upgradeCompetitorRow
}

/**
 * A row of `table` as an older build wrote it, brought up to the current schema (unchanged when it is
 * current or the table never changed). `now` decides whether an old visit was still ahead, i.e. a plan.
 */
export function upgradeRow(table: string, row: unknown, now: number): unknown {
  const upgrade = UPGRADES[table]
  return upgrade ? upgrade(row, now) : row
}

export * from './v3'

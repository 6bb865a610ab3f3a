import type { Transaction } from 'dexie'

/**
 * One schema version of the Atlas database. Versions are numbered, applied in order and kept forever:
 * a shipped version is never edited, a change is always a new version (see README.md).
 */
export interface Migration {
  /** Dexie version number; strictly increasing, never reused. */
  readonly version: number
  /**
   * Dexie store spec for this version: the primary key first, then indexed properties. A table missing
   * here keeps its previous spec; `null` deletes the table.
   */
  readonly stores: Readonly<Record<string, string | null>>
  /**
   * Transforms existing rows when a database at an older version is opened. It runs inside the
   * version-change transaction and must return the promise of all its work (use `tx.table(...)`,
   * never the db's typed tables, and never await non-Dexie promises such as fetch or timers).
   */
  readonly upgrade?: (tx: Transaction) => Promise<void>
}

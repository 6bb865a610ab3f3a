import type { Dexie } from 'dexie'
import type { Migration } from './types'
import { v1 } from './v1'
import { v2 } from './v2'
import { v3 } from './v3'
import { v4 } from './v4'
import { v5 } from './v5'

export type { Migration } from './types'

/** Every schema version the app has ever shipped, oldest first. Append; never edit or remove. */
export const migrations: readonly Migration[] = [v1, v2, v3, v4, v5]

/** The schema version a freshly opened database ends up at. */
export const latestVersion = (list: readonly Migration[] = migrations): number =>
  list.reduce((max, migration) => Math.max(max, migration.version), 0)

/**
 * Declares every version on `db`, in order, with its upgrade. Must run before the database opens
 * (Dexie opens lazily on the first query). Throws on an unordered or duplicate version list, which is
 * always a programming error.
 */
export function applyMigrations(db: Dexie, list: readonly Migration[] = migrations): void {
  let previous = 0
  for (const migration of list) {
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(
        `Migrations must have strictly increasing integer versions: ${migration.version} after ${previous}`
      )
    }
    previous = migration.version
    const version = db.version(migration.version).stores({ ...migration.stores })
    const { upgrade } = migration
    if (upgrade) version.upgrade((tx) => upgrade(tx))
  }
}
